// A release store to a field of a node fresh from malloc, the node handed over through an
// atomic pointer (a CLH-style queue node): checking it must end (it once recursed without
// end between the ownership walk of the node and the store's order).
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

struct node {
    atomic_int locked;
    int payload;
};
static _Atomic(struct node *) tail;
static int shared, hits;

static void *worker(void *a)
{
    (void)a;
    struct node *me = malloc(sizeof *me);
    if (!me)
        return NULL;
    me->payload = 1;
    atomic_store_explicit(&me->locked, 1, memory_order_release);
    struct node *prev = atomic_exchange_explicit(&tail, me, memory_order_acq_rel);
    while (prev && atomic_load_explicit(&prev->locked, memory_order_acquire))
        ;
    shared++;
    atomic_store_explicit(&me->locked, 0, memory_order_release); /* its successor goes on */
    hits++; // RACE (possible): after the lock, in both threads
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
