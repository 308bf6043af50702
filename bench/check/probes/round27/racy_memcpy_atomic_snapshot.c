/* TRUTH: racy. The reporter takes a snapshot of the _Atomic per-bucket counters with memcpy (plain byte reads) while the workers are still incrementing them with atomic_fetch_add: non-atomic read vs atomic write, unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
#include <stdio.h>

#define NB 4

static atomic_int buckets[NB];

static void *worker(void *arg)
{
    int id = (int)(long)arg;
    for (int i = 0; i < 100; i++)
        atomic_fetch_add_explicit(&buckets[(i + id) % NB], 1, memory_order_relaxed);
    return NULL;
}

static void *reporter(void *arg)
{
    (void)arg;
    atomic_int snap[NB];
    memcpy(snap, buckets, sizeof buckets); /* bug: not atomic loads */
    printf("%d\n", atomic_load(&snap[0]));
    return NULL;
}

int main(void)
{
    pthread_t w0, w1, r;
    pthread_create(&w0, NULL, worker, (void *)0L);
    pthread_create(&w1, NULL, worker, (void *)1L);
    pthread_create(&r, NULL, reporter, NULL);
    pthread_join(w0, NULL);
    pthread_join(w1, NULL);
    pthread_join(r, NULL);
    return 0;
}
