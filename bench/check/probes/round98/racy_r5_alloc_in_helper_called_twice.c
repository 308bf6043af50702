/* TRUTH: racy — the two workers lock different mutexes (new_ctx() holds the only malloc but main calls it twice) while both increment the global total. */
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

static struct ctx *new_ctx(void)
{
    struct ctx *c = malloc(sizeof *c);
    if (!c) abort();
    pthread_mutex_init(&c->mu, NULL);
    c->hits = 0;
    return c;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, new_ctx());
    pthread_create(&t2, NULL, worker, new_ctx());
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
