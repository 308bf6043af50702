/* TRUTH: free — slot_for(id) returns &pool[id]; ids 0 and 1 are distinct, so the two threads write disjoint pool elements; main reads after joins. */
#include <pthread.h>
#include <stdio.h>

struct slot { int hits; int misses; };
static struct slot pool[2];

static struct slot *slot_for(int id) { return &pool[id]; }

static void *probe(void *arg)
{
    int id = (int)(long)arg;
    struct slot *s = slot_for(id);
    for (int i = 0; i < 100; i++) {
        if ((i * (id + 3)) % 7 == 0)
            s->hits++;
        else
            s->misses++;
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, probe, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", pool[0].hits, pool[1].misses);
    return 0;
}
