/* TRUTH: racy. Worker i recovers its element with container_of and also writes me[1].total, which is the next worker's own total. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#define container_of(ptr, type, member) ((type *)((char *)(ptr)-offsetof(type, member)))

struct node {
    int key;
};

struct slot {
    long total;
    struct node node;
};

#define N 4
static struct slot slots[N + 1];

static void *run(void *arg)
{
    struct node *n = arg;
    struct slot *s = container_of(n, struct slot, node);
    s->total = n->key;
    s[1].total = 0;
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
