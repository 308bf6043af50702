// free: twin of racy_pub_copy_relaxed: the copy is published with release, read after acquire.
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
    atomic_store_explicit(&slot, h, memory_order_release);
    return NULL;
}
static void *consumer(void *x)
{
    (void)x;
    struct msg *g = atomic_load_explicit(&slot, memory_order_acquire);
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
