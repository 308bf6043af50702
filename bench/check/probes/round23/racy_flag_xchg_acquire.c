/* TRUTH: racy. the producer's only store of ready is an exchange with acquire order (no release): the consumer's acquire load does not synchronize with it, so data = 42 and the consumer's read of data race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int ready;
int data;

static void *producer(void *arg)
{
    (void)arg;
    data = 42;
    (void)atomic_exchange_explicit(&ready, 1, memory_order_acquire); /* acquire only: publishes nothing */
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d\n", data);
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
