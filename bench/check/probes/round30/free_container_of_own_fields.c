/* TRUTH: race-free. Worker i recovers its own struct slot from &slots[i].node with container_of and writes only its own fields. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr)-offsetof(type, member)))

struct node {
    int key;
};

struct slot {
    long total;
    int hits;
    struct node node;
};

#define N 4
static struct slot slots[N];

static void *run(void *arg)
{
    struct node *n = arg;
    struct slot *s = container_of(n, struct slot, node);
    s->total = n->key * 2;
    s->hits++;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        slots[i].node.key = i;
        pthread_create(&t[i], NULL, run, &slots[i].node);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", slots[2].total);
    return 0;
}
