/* TRUTH: racy. The producer pushes the node first and fills in n->value afterwards; a concurrent consumer that pops the node (acquire CAS) reads value while the producer is writing it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>

struct node { int value; struct node *next; };

static _Atomic(struct node *) top;
static struct node pool[4];

static void *producer(void *arg)
{
    (void)arg;
    struct node *n = &pool[0];
    n->next = atomic_load_explicit(&top, memory_order_relaxed);
    while (!atomic_compare_exchange_weak_explicit(&top, &n->next, n, memory_order_release, memory_order_relaxed))
        ;
    n->value = 5; /* bug: after publication */
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    struct node *n = atomic_load_explicit(&top, memory_order_acquire);
    while (n && !atomic_compare_exchange_weak_explicit(&top, &n, n->next, memory_order_acquire, memory_order_acquire))
        ;
    if (n)
        printf("%d\n", n->value);
    return NULL;
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
