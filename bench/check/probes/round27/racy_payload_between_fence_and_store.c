/* TRUTH: racy. The producer writes payload after its release fence (between fence and the relaxed flag store): the fence only orders writes before it, so payload=42 is not ordered before the consumer's read. */
#include <pthread.h>
#include <stdatomic.h>

static int payload;
static atomic_int ready;

static void publish(int v)
{
    atomic_thread_fence(memory_order_release);
    payload = v;
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
}

static void *producer(void *arg)
{
    (void)arg;
    publish(42);
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
