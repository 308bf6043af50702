/* Racy: 'hits' is a plain long updated with __atomic_fetch_add by the workers, but the
   monitor reads it with a plain load while they run (non-atomic read vs atomic RMW). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define NT 4
#define ITERS 1000

static long hits;
static atomic_int running = NT;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < ITERS; i++)
        __atomic_fetch_add(&hits, 1, __ATOMIC_RELAXED);
    atomic_fetch_sub(&running, 1);
    return NULL;
}

static void *monitor(void *arg)
{
    long last = 0;
    (void)arg;
    while (atomic_load(&running) > 0) {
        long now = hits;                 /* BUG: plain read of an atomically-updated var */
        if (now < last)
            puts("counter went backwards?");
        last = now;
    }
    return (void *)last;
}

int main(void)
{
    pthread_t t[NT], mon;
    pthread_create(&mon, NULL, monitor, NULL);
    for (int i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    pthread_join(mon, NULL);
    printf("%ld\n", __atomic_load_n(&hits, __ATOMIC_RELAXED));
    return 0;
}
