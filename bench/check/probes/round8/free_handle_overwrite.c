/* TRUTH: free. Each thread has its own pthread_t and both are joined before main reads the results. */
#include <pthread.h>
#include <stdio.h>

static long res_a, res_b;

static void *fa(void *arg) { (void)arg; res_a = 11; return NULL; }
static void *fb(void *arg) { (void)arg; res_b = 22; return NULL; }

int main(void)
{
    pthread_t t, u;
    pthread_create(&t, NULL, fa, NULL);
    pthread_create(&u, NULL, fb, NULL);
    pthread_join(t, NULL);
    pthread_join(u, NULL);
    printf("%ld %ld\n", res_a, res_b);
    return 0;
}
