/* TRUTH: racy. __sync_lock_test_and_set is only an acquire barrier (GCC: earlier stores may not be visible yet; it is __atomic_exchange_n with __ATOMIC_ACQUIRE), so it does not release data = 42 to the consumer's acquire load: the write and the consumer's read of data race. */
#include <pthread.h>
#include <stdio.h>

int ready;
int data;

static void *producer(void *arg)
{
    (void)arg;
    data = 42;
    __sync_lock_test_and_set(&ready, 1);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!__atomic_load_n(&ready, __ATOMIC_ACQUIRE))
        ;
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
