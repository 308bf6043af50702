// racy: the consumer takes the pointer with a relaxed exchange: no happens-before with the producer's fill.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct msg { int a; };
static _Atomic(struct msg *) slot;
static void *producer(void *x)
{
    (void)x;
    struct msg *g = malloc(sizeof *g);
    if (!g)
        return NULL;
    g->a = 7;
    atomic_store_explicit(&slot, g, memory_order_release);
    return NULL;
}
static void *consumer(void *x)
{
    (void)x;
    struct msg *g = atomic_exchange_explicit(&slot, NULL, memory_order_relaxed);
    int v = g ? g->a : 0;
    return (void *)(long)v;
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
