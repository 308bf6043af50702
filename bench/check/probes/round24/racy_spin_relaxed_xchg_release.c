/* TRUTH: racy. The spin lock is released by a relaxed exchange of 0 (no release): the next holder's acquire exchange reads it without synchronizing, so the two writes used += n are unordered (C11 data race). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int busy;
static long used;

static void take(void)
{
    while (atomic_exchange_explicit(&busy, 1, memory_order_acquire))
        ;
}

static void give(void)
{
    atomic_exchange_explicit(&busy, 0, memory_order_relaxed);
}

static void *worker(void *arg)
{
    long n = (long)arg;
    take();
    used += n;
    give();
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, (void *)3L);
    pthread_create(&t2, NULL, worker, (void *)4L);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", used);
    return 0;
}
