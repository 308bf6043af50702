/* TRUTH: race-free. Each thread gets &nodes[i].link of its own node and, through
   container_of, only touches that node; main reads after joining all of them. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#define NN 3
#define container_of(ptr, type, member) ((type *)((char *)(ptr) - offsetof(type, member)))

struct link {
    struct link *next;
};

struct node {
    int visits;
    int index;
    struct link link;
};

static struct node nodes[NN];

static void *visit(void *arg)
{
    struct link *l = arg;
    struct node *n = container_of(l, struct node, link);
    n->visits += n->index;
    l->next = NULL;
    return NULL;
}

int main(void)
{
    pthread_t t[NN];
    int i;
    for (i = 0; i < NN; i++)
        nodes[i].index = i;
    for (i = 0; i < NN; i++)
        pthread_create(&t[i], NULL, visit, &nodes[i].link);
    for (i = 0; i < NN; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", nodes[2].visits);
    return 0;
}
