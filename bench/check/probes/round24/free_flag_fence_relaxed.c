/* TRUTH: race-free. Fence synchronization (C11 7.17.4): the producer writes data, then a release fence, then a relaxed store of ready; the consumer's relaxed load sees 1 and is followed by an acquire fence, so data's write happens before its read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready;
static double data;

static void *producer(void *arg)
{
    (void)arg;
    data = 2.5;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_relaxed))
        ;
    atomic_thread_fence(memory_order_acquire);
    printf("%f\n", data);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
