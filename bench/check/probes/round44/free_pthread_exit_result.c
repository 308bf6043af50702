/* TRUTH: free — each thread mallocs its own result and returns it via pthread_exit; main reads it after pthread_join */
#include <pthread.h>
#include <stdlib.h>
struct result { int id; long primes; };
static int is_prime(int n) { if (n < 2) return 0; for (int d = 2; d * d <= n; d++) if (n % d == 0) return 0; return 1; }
static void *count_primes(void *arg) {
    int id = (int)(long)arg;
    struct result *r = malloc(sizeof *r);
    r->id = id;
    r->primes = 0;
    for (int n = id * 1000; n < (id + 1) * 1000; n++) r->primes += is_prime(n);
    pthread_exit(r);
}
int main(void) {
    pthread_t t[4];
    for (long i = 0; i < 4; i++) pthread_create(&t[i], NULL, count_primes, (void *)i);
    long total = 0;
    for (int i = 0; i < 4; i++) {
        void *p;
        pthread_join(t[i], &p);
        struct result *r = p;
        total += r->primes;
        free(r);
    }
    return total == 550 ? 0 : 1;
}
