// A fresh object filled in, then its address stored with release order and loaded with
// acquire: the fill happens before the reader's read (the twin with relaxed orders is
// atomic_publish_order.c).
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

struct msg { int a; };
static _Atomic(struct msg *) box;

static void *producer(void *x)
{
    (void)x;
    struct msg *g = malloc(sizeof *g);
    if (!g)
        return NULL;
    g->a = 1; // NORACE: released, and read after an acquire
    atomic_store_explicit(&box, g, memory_order_release);
    return NULL;
}

static void *consumer(void *x)
{
    (void)x;
    struct msg *g = atomic_load_explicit(&box, memory_order_acquire);
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
