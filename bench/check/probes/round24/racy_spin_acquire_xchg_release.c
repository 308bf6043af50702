/* TRUTH: racy. The test-and-set lock is taken with an acquire exchange and released with an acquire-only exchange of 0: no operation on lk is a release, so one holder's total++ is not ordered before the next holder's total++ (C11 data race). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int lk;
static long total;

static void *worker(void *arg)
{
    (void)arg;
    while (atomic_exchange_explicit(&lk, 1, memory_order_acquire))
        ;
    total++;
    atomic_exchange_explicit(&lk, 0, memory_order_acquire);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
