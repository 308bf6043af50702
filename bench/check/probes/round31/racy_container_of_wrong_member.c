/* TRUTH: racy. Each worker gets &items[i].link but computes the container with the offset of 'link' in struct big_item (whose link sits sizeof(struct item) bytes later), landing on items[i-1]; workers 1 and 2 write items[0].val and items[1].val, and worker 2's items[1].val races with worker 1 writing its own items[1].val. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#define container_of(p, T, m) ((T *)((char *)(p) - offsetof(T, m)))

struct link { struct link *next; };
struct item { long val; struct link link; };
struct big_item { struct item before; long val; struct link link; };

static struct item items[3];

static void *worker(void *arg)
{
    struct link *l = arg;
    struct item *mine = container_of(l, struct item, link);
    mine->val += 1;
    struct item *prev = (struct item *)container_of(l, struct big_item, link);
    prev->val += 100;
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 1; i < 3; i++)
        pthread_create(&t[i], NULL, worker, &items[i].link);
    for (int i = 1; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld %ld\n", items[0].val, items[1].val, items[2].val);
    return 0;
}
