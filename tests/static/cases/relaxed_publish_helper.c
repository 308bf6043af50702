// A fresh object handed over by a relaxed store in a helper (publish(g)) or after a copy:
// its fill is not ordered before the reader's read.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

struct msg { int a; };
static _Atomic(struct msg *) box;

static void publish(struct msg *m) { atomic_store_explicit(&box, m, memory_order_relaxed); }

static void *producer(void *x)
{
    (void)x;
    struct msg *g = malloc(sizeof *g);
    if (!g)
        return NULL;
    g->a = 1; // RACE (possible): published relaxed
    publish(g);
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
