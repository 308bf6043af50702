/* TRUTH: racy. producer's fence before its relaxed store of ready is an acquire fence, which
   releases nothing: consumer's read of config after seeing ready is not ordered after
   producer's `config = 3`. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready;
static int config;

static void publish_config(int v)
{
    config = v;
    atomic_thread_fence(memory_order_acquire); /* should have been release */
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
}

static void *producer(void *arg)
{
    (void)arg;
    publish_config(3);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    return (void *)(long)config;
}

int main(void)
{
    pthread_t c, p;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(c, NULL);
    pthread_join(p, NULL);
    printf("%d\n", config);
    return 0;
}
