// free: twin of racy_pub_relaxed_flag with release/acquire on the flag.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct msg { int a; };
static struct msg *box;
static atomic_int ready;
static void *producer(void *x)
{
    (void)x;
    struct msg *g = malloc(sizeof *g);
    if (!g)
        return NULL;
    g->a = 3;
    box = g;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}
static void *consumer(void *x)
{
    (void)x;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    return (void *)(long)box->a;
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
