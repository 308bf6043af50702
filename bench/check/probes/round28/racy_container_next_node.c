/* TRUTH: racy. Threads get &nodes[i].link; container_of gives the node, and each thread
   also bumps the following node's 'visits' (struct node *succ = n + 1 for all but the last
   node) while that node's own thread bumps n->visits. No lock. */
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

static struct node nodes[NN + 1];

static void *visit(void *arg)
{
    struct link *l = arg;
    struct node *n = container_of(l, struct node, link);
    struct node *succ = n + 1;
    n->visits++;
    succ->visits++;
    return NULL;
}

int main(void)
{
    pthread_t t[NN];
    int i;
    for (i = 0; i < NN; i++)
        pthread_create(&t[i], NULL, visit, &nodes[i].link);
    for (i = 0; i < NN; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", nodes[1].visits);
    return 0;
}
