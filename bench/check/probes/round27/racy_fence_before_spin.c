/* TRUTH: racy. The consumer's acquire fence comes before its relaxed spin loop, so it orders nothing after the load that sees the flag: the producer's payload write and the consumer's read are unordered. */
#include <pthread.h>
#include <stdatomic.h>

static int payload;
static atomic_int ready;

static void *producer(void *arg)
{
    (void)arg;
    payload = 42;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    atomic_thread_fence(memory_order_acquire);
    while (!atomic_load_explicit(&ready, memory_order_relaxed))
        ;
    return (void *)(long)payload;
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
