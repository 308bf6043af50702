// racy: the fresh object is published by a relaxed store inside a helper: the fill g->a = 7 is not ordered before the reader's read.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct msg { int a; };
static _Atomic(struct msg *) slot;
static void publish(struct msg *m) { atomic_store_explicit(&slot, m, memory_order_relaxed); }
static void *producer(void *x)
{
    (void)x;
    struct msg *g = malloc(sizeof *g);
    if (!g)
        return NULL;
    g->a = 7;
    publish(g);
    return NULL;
}
static void *consumer(void *x)
{
    (void)x;
    struct msg *g = atomic_load(&slot);
    return g ? (void *)(long)g->a : NULL;
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
