// racy: the fresh object's pointer is copied, then the copy is published relaxed: the fill is not ordered before the read.
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
    struct msg *h = g;
    atomic_store_explicit(&slot, h, memory_order_relaxed);
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
