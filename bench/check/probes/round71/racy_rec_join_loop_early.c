/* TRUTH: racy — the join loop reads recs[i+1].partial (look-ahead) right after joining th[i], while worker i+1 may still write it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NW 4
#define CHUNK 64

struct worker_rec {
    int id;
    long partial;
    int iterations;
    int status;
};

static struct worker_rec recs[NW];
static int input[NW * CHUNK];
static pthread_mutex_t agg_mu = PTHREAD_MUTEX_INITIALIZER;
static long grand_total;

static long sum_chunk(int id)
{
    long s = 0;
    int i;
    for (i = 0; i < CHUNK; i++)
        s += input[id * CHUNK + i];
    return s;
}

static void *worker(void *arg)
{
    struct worker_rec *me = arg;
    me->partial = sum_chunk(me->id);
    me->iterations = CHUNK;
    me->status = 1;
    pthread_mutex_lock(&agg_mu);
    grand_total += me->partial;
    pthread_mutex_unlock(&agg_mu);
    return NULL;
}

int main(void)
{
    pthread_t th[NW];
    int i;
    long check = 0;
    for (i = 0; i < NW * CHUNK; i++)
        input[i] = i % 7;
    for (i = 0; i < NW; i++) {
        recs[i].id = i;
        recs[i].status = 0;
        pthread_create(&th[i], NULL, worker, &recs[i]);
    }
    for (i = 0; i < NW; i++) {
        pthread_join(th[i], NULL);
        check += recs[i].partial;
        if (i + 1 < NW && recs[i + 1].status)
            check += 0;
    }
    printf("total=%ld check=%ld\n", grand_total, check);
    return 0;
}
