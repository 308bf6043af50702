/* TRUTH: racy. Workers get &nodes[i].key (offset 0) and subtract sizeof(struct node) bytes (the offset of 'next_key' in struct pair), reaching nodes[i-1]; workers 1 and 2 both touch nodes[1].count. */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

struct node { long key; long count; };
struct pair { struct node first; long next_key; };

static struct node nodes[3];

static void *worker(void *arg)
{
    long *k = arg;
    struct node *prev = (struct node *)((char *)k - offsetof(struct pair, next_key));
    prev->count++;
    struct node *self = (struct node *)k;
    self->count += 2;
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 1; i < 3; i++)
        pthread_create(&t[i], NULL, worker, &nodes[i].key);
    for (int i = 1; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", nodes[0].count, nodes[1].count);
    return 0;
}
