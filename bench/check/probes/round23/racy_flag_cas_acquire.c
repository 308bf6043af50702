/* TRUTH: racy. the producer sets ready by a compare-exchange whose success order is acquire (no release): no synchronizes-with edge to the consumer's acquire load, so data = 42 races with the consumer's read of data. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int ready;
int data;

static void *producer(void *arg)
{
    (void)arg;
    data = 42;
    int expected = 0;
    atomic_compare_exchange_strong_explicit(&ready, &expected, 1, memory_order_acquire, memory_order_relaxed);
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
