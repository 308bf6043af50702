/* TRUTH: free — pushers fully initialise each node (val, next) before publishing it with a release CAS on `head`; the peeker loads head with acquire before reading node->val; nodes are never modified after publication nor freed before joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
struct node { int val; struct node *next; };
static _Atomic(struct node *) head;
static void push(int v) {
    struct node *n = malloc(sizeof *n);
    if (!n) abort();
    n->val = v;
    struct node *old = atomic_load_explicit(&head, memory_order_relaxed);
    do {
        n->next = old;
    } while (!atomic_compare_exchange_weak_explicit(&head, &old, n,
                                                    memory_order_release, memory_order_relaxed));
}
static void *pusher(void *a) { for (int i = 0; i < 100; i++) push((int)(intptr_t)a + i); return NULL; }
static void *peeker(void *out) {
    long s = 0;
    for (int i = 0; i < 100; i++) {
        struct node *h = atomic_load_explicit(&head, memory_order_acquire);
        if (h) s += h->val;
    }
    *(long *)out = s;
    return NULL;
}
int main(void) {
    long s = 0;
    pthread_t a, b, p;
    pthread_create(&a, NULL, pusher, (void *)(intptr_t)0);
    pthread_create(&b, NULL, pusher, (void *)(intptr_t)1000);
    pthread_create(&p, NULL, peeker, &s);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(p, NULL);
    printf("%ld\n", s);
    return 0;
}
