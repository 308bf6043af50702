/* TRUTH: race-free. The producer fills chan_a.buf and publishes chan_a.full with a release store (the only store to it); the consumer spins on chan_a.full with acquire loads before reading chan_a.buf. */
#include <pthread.h>
#include <stdatomic.h>

struct chan { int buf; atomic_int full; };

static struct chan chan_a, chan_b;

static void *producer(void *arg)
{
    (void)arg;
    chan_a.buf = 17;
    atomic_store_explicit(&chan_a.full, 1, memory_order_release);
    return NULL;
}

static void *reset(void *arg)
{
    (void)arg;
    atomic_store_explicit(&chan_b.full, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&chan_a.full, memory_order_acquire))
        ;
    return (void *)(long)chan_a.buf;
}

int main(void)
{
    pthread_t p, r, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&r, NULL, reset, NULL);
    pthread_join(p, NULL);
    pthread_join(r, NULL);
    pthread_join(c, NULL);
    return 0;
}
