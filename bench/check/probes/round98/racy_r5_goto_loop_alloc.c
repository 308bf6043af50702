/* TRUTH: racy — the two workers lock different mutexes (the single malloc in main runs twice through a goto loop) while both increment the global total. */
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

int main(void)
{
    pthread_t ts[2];
    int n = 0;
again:;
    struct ctx *c = malloc(sizeof *c);
    if (!c) return 1;
    pthread_mutex_init(&c->mu, NULL);
    c->hits = 0;
    pthread_create(&ts[n], NULL, worker, c);
    if (++n < 2)
        goto again;
    pthread_join(ts[0], NULL);
    pthread_join(ts[1], NULL);
    printf("%ld\n", total);
    return 0;
}
