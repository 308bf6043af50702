/* TRUTH: racy — start_one() (one malloc) is called from a loop in main, so each worker has its own mutex around the global total. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct ctx { pthread_mutex_t mu; int hits; };

static long total;

static void *worker(void *arg)
{
    struct ctx *c = arg;
    pthread_mutex_lock(&c->mu);
    total++;
    c->hits++;
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

static pthread_t start_one(void)
{
    pthread_t t;
    struct ctx *c = malloc(sizeof *c);
    if (!c) abort();
    pthread_mutex_init(&c->mu, NULL);
    c->hits = 0;
    pthread_create(&t, NULL, worker, c);
    return t;
}

int main(void)
{
    pthread_t ts[2];
    for (int i = 0; i < 2; i++)
        ts[i] = start_one();
    for (int i = 0; i < 2; i++)
        pthread_join(ts[i], NULL);
    printf("%ld\n", total);
    return 0;
}
