// racy: the consumer learns the pointer from a failed CAS whose failure order is relaxed: no synchronizes-with, its read of g->a races with the fill.
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
    g->a = 1;
    atomic_store_explicit(&slot, g, memory_order_release);
    return NULL;
}
static void *consumer(void *x)
{
    (void)x;
    struct msg *seen = NULL;
    if (!atomic_compare_exchange_strong_explicit(&slot, &seen, NULL, memory_order_acquire, memory_order_relaxed) && seen)
        return (void *)(long)seen->a;
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
