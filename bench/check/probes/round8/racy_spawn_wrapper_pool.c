/* TRUTH: racy. wait_all joins only the first nthreads-1 handles, so main's read of the last slot races with the last worker. */
#include <pthread.h>
#include <stdlib.h>

typedef struct {
    pthread_t tids[8];
    int nthreads;
    long slot[8];
} pool_t;

typedef struct { pool_t *pool; int idx; } warg_t;

static void *work(void *p)
{
    warg_t *w = p;
    w->pool->slot[w->idx] = (long)w->idx * 10;
    free(w);
    return NULL;
}

static int spawn(pool_t *pl, int idx)
{
    warg_t *w = malloc(sizeof *w);
    if (!w)
        return -1;
    w->pool = pl;
    w->idx = idx;
    if (pthread_create(&pl->tids[idx], NULL, work, w) != 0) {
        free(w);
        return -1;
    }
    return 0;
}

static void wait_all(pool_t *pl)
{
    for (int i = 0; i < pl->nthreads - 1; i++)
        pthread_join(pl->tids[i], NULL);
}

int main(void)
{
    static pool_t pool;
    long s = 0;
    pool.nthreads = 4;
    for (int i = 0; i < pool.nthreads; i++)
        if (spawn(&pool, i) != 0)
            return 1;
    wait_all(&pool);
    for (int i = 0; i < pool.nthreads; i++)
        s += pool.slot[i];
    return s != 60;
}
