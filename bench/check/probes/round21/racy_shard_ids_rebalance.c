/* TRUTH: racy. shard_of[] is filled 0..NW-1, then rebalance() writes 0 into shard_of[NW-1] through the pointer 'tail'; workers 0 and NW-1 both get shard 0 and both do the unlocked 'shard_hits[0] += ...' / 'shard_last[0] = ...' concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NW 4
#define NITEMS 100

static int shard_of[NW];
static long shard_hits[NW];
static int shard_last[NW];
static int items[NITEMS];

static void *shard_worker(void *arg)
{
    int shard = *(int *)arg;
    long local = 0;
    int last = -1;

    for (int i = 0; i < NITEMS; i++) {
        if (items[i] % NW != shard)
            continue;
        local += items[i];
        last = i;
    }
    /* each shard is owned by exactly one worker, so no lock */
    shard_hits[shard] += local;
    shard_last[shard] = last;
    return NULL;
}

/* the last worker is given the busiest shard as well */
static void rebalance(int *ids, int n)
{
    int *tail = ids + n - 1;
    *tail = 0;
}

int main(void)
{
    pthread_t t[NW];
    int i;

    for (i = 0; i < NITEMS; i++)
        items[i] = (i * 7 + 3) % 50;
    for (i = 0; i < NW; i++)
        shard_of[i] = i;
    {
        int *tail = shard_of + NW - 1;
        *tail = 0;
    }
    for (i = 0; i < NW; i++)
        if (pthread_create(&t[i], NULL, shard_worker, &shard_of[i]) != 0) {
            perror("pthread_create");
            exit(1);
        }
    for (i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    for (i = 0; i < NW; i++)
        printf("shard %d: %ld (last %d)\n", i, shard_hits[i], shard_last[i]);
    (void)rebalance;
    return 0;
}
