/* TRUTH: racy. The consumer's acquire fence sits inside the spin body, so it runs only after loads that saw 0; after the last (successful) relaxed load no acquire fence follows, so the producer's plain write of payload is not ordered before the consumer's read of it. */
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
    while (!atomic_load_explicit(&ready, memory_order_relaxed))
        atomic_thread_fence(memory_order_acquire);
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
