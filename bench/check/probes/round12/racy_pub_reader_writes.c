// racy: two consumers both acquire the same published object and both write its field.
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
    struct msg *g = atomic_load_explicit(&slot, memory_order_acquire);
    if (g)
        g->a++;
    return NULL;
}
int main(void)
{
    pthread_t p, c, d;
    pthread_create(&p, NULL, producer, NULL);
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&d, NULL, consumer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    pthread_join(d, NULL);
    return 0;
}
