/* TRUTH: racy. The same struct field holds the handle of both workers (the second create
   overwrites it); main joins only the second one and then writes tally, which the first
   worker may still be updating. */
#include <pthread.h>
#include <stdio.h>

struct pool {
    pthread_t tid;
    int started;
};

static long tally;
static pthread_mutex_t tl = PTHREAD_MUTEX_INITIALIZER;

static void *count(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&tl);
    tally += 5;
    pthread_mutex_unlock(&tl);
    return NULL;
}

static int pool_start(struct pool *p)
{
    if (pthread_create(&p->tid, NULL, count, NULL) != 0)
        return -1;
    p->started++;
    return 0;
}

int main(void)
{
    struct pool p = {0};
    pool_start(&p);
    pool_start(&p);
    pthread_join(p.tid, NULL);
    tally = 0;
    printf("%d\n", p.started);
    return 0;
}
