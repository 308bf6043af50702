/* TRUTH: racy. The node is published with a RELAXED store and read through a RELAXED load: no happens-before between the writer's initializing stores (n->key, n->val) and the reader's loads of the same fields, so they race in C11 (address dependency gives no ordering in the standard's model). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct node {
    int key;
    int val;
};

static _Atomic(struct node *) current;

static void *writer(void *arg)
{
    (void)arg;
    struct node *n = malloc(sizeof *n);
    if (!n)
        return NULL;
    n->key = 1;
    n->val = 100;
    atomic_store_explicit(&current, n, memory_order_relaxed);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    struct node *n;
    while (!(n = atomic_load_explicit(&current, memory_order_relaxed)))
        ;
    printf("%d=%d\n", n->key, n->val);
    return NULL;
}

int main(void)
{
    pthread_t w, r;
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    free(atomic_load(&current));
    return 0;
}
