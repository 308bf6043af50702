// racy: the reader loads the published pointer relaxed through a pointer to the atomic.
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
    _Atomic(struct msg *) *sp = x;
    struct msg *g = atomic_load_explicit(sp, memory_order_relaxed);
    return g ? (void *)(long)g->a : NULL;
}
int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, &slot);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
