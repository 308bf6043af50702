/* TRUTH: free. Each heap node is touched by its own worker under its own mutex, and by main only before create and after join. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct node {
    pthread_mutex_t m;
    int count;
};

static void *worker(void *arg)
{
    struct node *n = arg;
    for (int i = 0; i < 5; i++) {
        pthread_mutex_lock(&n->m);
        n->count++;
        pthread_mutex_unlock(&n->m);
    }
    return NULL;
}

int main(void)
{
    struct node *ns[2];
    pthread_t t[2];
    for (int i = 0; i < 2; i++) {
        ns[i] = malloc(sizeof *ns[i]);
        if (!ns[i])
            return 1;
        pthread_mutex_init(&ns[i]->m, NULL);
        ns[i]->count = 0;
        pthread_create(&t[i], NULL, worker, ns[i]);
    }
    for (int i = 0; i < 2; i++) {
        pthread_join(t[i], NULL);
        printf("%d\n", ns[i]->count);
        free(ns[i]);
    }
    return 0;
}
