/* TRUTH: race-free. Release fence before the relaxed flag store; the consumer's relaxed spin is followed by an acquire fence: fence-fence synchronization (C11 7.17.4) orders payload=42 before the read. */
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
        ;
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
