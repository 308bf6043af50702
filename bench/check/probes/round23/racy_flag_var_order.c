/* TRUTH: racy. with fewer than 6 arguments pub_order is memory_order_relaxed, so the producer's store of ready is relaxed and does not synchronize with the consumer's acquire load: data = 42 races with the consumer's read of data. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;
static memory_order pub_order; /* chosen at start-up, before any thread runs */

static void *producer(void *arg)
{
    (void)arg;
    data = 42;
    atomic_store_explicit(&ready, 1, pub_order);
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
    (void)argv;
    pub_order = argc > 5 ? memory_order_release : memory_order_relaxed;
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
