/* TRUTH: racy — the reaper finds the item from its list node (container_of) and memsets the bytes before the node (prio, weight) while the tuner writes item.weight */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

struct list_node { struct list_node *next; };

struct work_item {
    int prio;
    int weight;
    struct list_node node;
    char name[16];
};

#define container_of(p, type, member) ((type *)((char *)(p) - offsetof(type, member)))

static struct work_item item = { 3, 10, { NULL }, "flush" };
static struct list_node *run_queue = &item.node;

static void *reaper(void *arg)
{
    (void)arg;
    for (int i = 0; i < 60; i++) {
        for (struct list_node *n = run_queue; n; n = n->next) {
            struct work_item *w = container_of(n, struct work_item, node);
            memset(w, 0, offsetof(struct work_item, node));
        }
        usleep(200);
    }
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, reaper, NULL);
    for (int i = 0; i < 60; i++) {
        item.weight = 10 + i;
        usleep(200);
    }
    pthread_join(t, NULL);
    printf("weight=%d\n", item.weight);
    return 0;
}
