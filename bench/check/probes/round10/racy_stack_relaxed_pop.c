/* racy: a pusher publishes a node with a RELAXED CAS, and a concurrent
   popper reads the node with a RELAXED load and dereferences n->v: no
   happens-before between n->v = ... and the read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct node { int v; struct node *next; };
static _Atomic(struct node *) top;
static void *pusher(void *a) {
    struct node *n = malloc(sizeof *n);
    n->v = (int)(long)a;
    struct node *old = atomic_load_explicit(&top, memory_order_relaxed);
    do { n->next = old; } while (!atomic_compare_exchange_weak_explicit(&top, &old, n, memory_order_relaxed, memory_order_relaxed));
    return 0;
}
static void *peeker(void *a) {
    (void)a;
    struct node *n = atomic_load_explicit(&top, memory_order_relaxed);
    return n ? (void *)(long)n->v : 0;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, pusher, (void *)7L);
    pthread_create(&q, 0, peeker, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    free(atomic_load(&top));
    return 0;
}
