/* TRUTH: race-free. The consumer starts its child only after its acquire load saw ready (stored with release after config was written), so the child's read of config happens after the write; the child is joined before the consumer ends. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int ready;
static int config;

static void *producer(void *arg)
{
    (void)arg;
    config = 64;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *child(void *arg)
{
    (void)arg;
    printf("%d\n", config);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    pthread_t c;
    pthread_create(&c, NULL, child, NULL);
    pthread_join(c, NULL);
    return NULL;
}

int main(void)
{
    pthread_t p, q;
    pthread_create(&q, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return 0;
}
