/* TRUTH: racy. The pusher publishes node n in 'registry' before pushing it; the peeker reads registry->next while the pusher's compare-exchange loop (expected = &n->next) may fail and write n->next plainly. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct node {
    struct node *next;
    int v;
};

static _Atomic(struct node *) head;
static struct node *_Atomic registry;
static struct node pool[2];

static void *pusher(void *arg)
{
    (void)arg;
    struct node *n = &pool[0];
    atomic_store_explicit(&registry, n, memory_order_release);
    n->next = NULL;
    while (!atomic_compare_exchange_weak(&head, &n->next, n))
        ;
    return NULL;
}

static void *peeker(void *arg)
{
    (void)arg;
    struct node *r = atomic_load_explicit(&registry, memory_order_acquire);
    if (r)
        printf("%p\n", (void *)r->next);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, pusher, NULL);
    pthread_create(&b, NULL, peeker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
