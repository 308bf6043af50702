/* TRUTH: racy. The flag is stored and loaded with memory_order_relaxed, which creates no happens-before, so the consumer's read of payload races with the producer's write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int payload;
static atomic_int ready;

static void *producer(void *arg)
{
    (void)arg;
    payload = 99;
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_relaxed))
        ;
    return (void *)(long)payload;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", payload);
    return 0;
}
