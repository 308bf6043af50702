/* TRUTH: race-free. Each worker gets &items[i].link and uses container_of with the right member to reach items[i] only. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#define container_of(p, T, m) ((T *)((char *)(p) - offsetof(T, m)))

struct link { struct link *next; };
struct item { long val; int hits; struct link link; };

static struct item items[3];

static void *worker(void *arg)
{
    struct link *l = arg;
    struct item *mine = container_of(l, struct item, link);
    mine->val += 1;
    mine->hits++;
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, &items[i].link);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld %ld\n", items[0].val, items[1].val, items[2].val);
    return 0;
}
