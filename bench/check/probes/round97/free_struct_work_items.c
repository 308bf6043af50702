/* FREE: array of work-item structs, one per thread, each thread writes only its own
   item's output fields; main aggregates after join. */
#include <pthread.h>
#include <stdio.h>
#define N 5
struct item { int lo, hi; long sum; int primes; };
static int is_prime(int n) {
    if (n < 2) return 0;
    for (int d = 2; d * d <= n; d++) if (n % d == 0) return 0;
    return 1;
}
static void *process(void *a) {
    struct item *it = a;
    for (int i = it->lo; i < it->hi; i++) {
        it->sum += i;
        it->primes += is_prime(i);
    }
    return NULL;
}
int main(void) {
    struct item items[N];
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        items[i] = (struct item){ i * 200, (i + 1) * 200, 0, 0 };
        pthread_create(&t[i], NULL, process, &items[i]);
    }
    long s = 0; int p = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        s += items[i].sum;
        p += items[i].primes;
    }
    printf("%ld %d\n", s, p);
    return 0;
}
