/* TRUTH: race-free. The writer fully initializes a fresh node and publishes it with a release store; the reader loads the pointer with acquire and only then reads the node's fields (release/acquire: the initializing stores happen before the reads). Nodes are freed only by main after both joins. */
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
    atomic_store_explicit(&current, n, memory_order_release);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    struct node *n = atomic_load_explicit(&current, memory_order_acquire);
    if (n)
        printf("%d=%d\n", n->key, n->val);
    return NULL;
}

int main(void)
{
    pthread_t w, r;
    pthread_create(&w, NULL, writer, NULL);
    pthread_create(&r, NULL, reader, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    free(atomic_load(&current));
    return 0;
}
