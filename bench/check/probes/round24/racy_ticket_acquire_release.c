/* TRUTH: racy. The lock is "released" by fetch_add with memory_order_acquire, which is no release operation: no store to now_serving is a release, so the next holder's acquire load synchronizes with nothing and the two pending++ are unordered (C11 data race). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint next_ticket;
static atomic_uint now_serving;
static int pending;

static void *worker(void *arg)
{
    (void)arg;
    unsigned my = atomic_fetch_add_explicit(&next_ticket, 1, memory_order_relaxed);
    while (atomic_load_explicit(&now_serving, memory_order_acquire) != my)
        ;
    pending++;
    atomic_fetch_add_explicit(&now_serving, 1, memory_order_acquire);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", pending);
    return 0;
}
