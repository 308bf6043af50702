/* TRUTH: racy. after a failed CAS the expected value is reset to 1, so the next CAS succeeds exactly when the lock is held (1->1): the second thread enters while the first is inside. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int busy;
static int shared_total;

static void *adder(void *arg)
{
    int v = (int)(long)arg;
    int expected = 0;
    while (!atomic_compare_exchange_weak(&busy, &expected, 1))
        expected = 1;
    shared_total += v;
    atomic_store(&busy, 0);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, adder, (void *)5L);
    pthread_create(&t2, NULL, adder, (void *)7L);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", shared_total);
    return 0;
}
