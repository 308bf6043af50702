// A fresh object filled in, then its address published through an atomic pointer: handed
// over only when the store releases and the reader's load acquires. A relaxed store, or a
// relaxed load in a reader, orders nothing: the fill and the reader's read race. (In a
// program with relaxed pointer atomics no fresh object is its writer's own before it is
// published: atomic_publish_release.c has the proof.)
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

struct msg { int a; };
static _Atomic(struct msg *) good, bad_store, bad_load;

static void *producer(void *x)
{
    (void)x;
    struct msg *g = malloc(sizeof *g), *s = malloc(sizeof *s), *l = malloc(sizeof *l);
    if (!g || !s || !l)
        return NULL;
    g->a = 1; // RACE (possible): released and acquired, but the program hands pointers over relaxed too
    atomic_store_explicit(&good, g, memory_order_release);
    s->a = 2; // RACE (possible): the store is relaxed
    atomic_store_explicit(&bad_store, s, memory_order_relaxed);
    l->a = 3; // RACE (possible): a reader loads it relaxed
    atomic_store_explicit(&bad_load, l, memory_order_release);
    return NULL;
}

static void *consumer(void *x)
{
    (void)x;
    struct msg *g = atomic_load_explicit(&good, memory_order_acquire);
    struct msg *s = atomic_load_explicit(&bad_store, memory_order_acquire);
    struct msg *l = atomic_load_explicit(&bad_load, memory_order_relaxed);
    int v = 0;
    if (g)
        v += g->a;
    if (s)
        v += s->a;
    if (l)
        v += l->a;
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
