/* TRUTH: race-free. Lock-free maximum: each updater keeps its CAS expected value in a local; only atomics touch the shared max. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct stats { atomic_long max; };

static struct stats st;

static void update_max(long v)
{
    long seen = atomic_load(&st.max);
    while (v > seen && !atomic_compare_exchange_weak(&st.max, &seen, v))
        ;
}

static void *updater(void *arg)
{
    long base = (long)arg;
    for (long i = 0; i < 100; i++)
        update_max(base + i);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, updater, (void *)0L);
    pthread_create(&b, NULL, updater, (void *)50L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", atomic_load(&st.max));
    return 0;
}
