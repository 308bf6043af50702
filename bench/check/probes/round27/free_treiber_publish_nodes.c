/* TRUTH: race-free. Treiber stack: producers fill a fresh node and push it with a release CAS (node contents written before publication); after joining the producers, main pops and reads the nodes. The CAS 'expected' is n->next, a field of the producer's own unpublished node. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <stdio.h>

struct node { int value; struct node *next; };

static _Atomic(struct node *) top;

static void push(int v)
{
    struct node *n = malloc(sizeof *n);
    if (!n)
        return;
    n->value = v;
    n->next = atomic_load_explicit(&top, memory_order_relaxed);
    while (!atomic_compare_exchange_weak_explicit(&top, &n->next, n, memory_order_release, memory_order_relaxed))
        ;
}

static void *producer(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 10; i++)
        push(base + i);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, producer, (void *)(i * 100));
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    long sum = 0;
    struct node *n = atomic_load(&top);
    while (n) {
        struct node *nx = n->next;
        sum += n->value;
        free(n);
        n = nx;
    }
    printf("%ld\n", sum);
    return 0;
}
