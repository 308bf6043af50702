/* TRUTH: racy. Each worker gets its own heap node with its own mutex, but both also update node->peer->count, i.e. the other node's count, under only their own mutex. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct node {
    pthread_mutex_t m;
    int count;
    struct node *peer;
};

static void *worker(void *arg)
{
    struct node *n = arg;
    pthread_mutex_lock(&n->m);
    n->count++;
    n->peer->count++;
    pthread_mutex_unlock(&n->m);
    return NULL;
}

int main(void)
{
    struct node *x = malloc(sizeof *x), *y = malloc(sizeof *y);
    if (!x || !y)
        return 1;
    pthread_mutex_init(&x->m, NULL);
    pthread_mutex_init(&y->m, NULL);
    x->count = y->count = 0;
    x->peer = y;
    y->peer = x;
    pthread_t a, b;
    pthread_create(&a, NULL, worker, x);
    pthread_create(&b, NULL, worker, y);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", x->count, y->count);
    free(x);
    free(y);
    return 0;
}
