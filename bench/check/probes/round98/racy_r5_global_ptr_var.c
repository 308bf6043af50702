/* TRUTH: racy — the two workers lock different mutexes (the global pointer shared is pointed at a new malloc before the second create) while both increment the global total. */
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

static struct ctx *shared;

static void new_shared(void)
{
    shared = malloc(sizeof *shared);
    if (!shared) abort();
    pthread_mutex_init(&shared->mu, NULL);
    shared->hits = 0;
}

int main(void)
{
    pthread_t t1, t2;
    new_shared();
    pthread_create(&t1, NULL, worker, shared);
    new_shared();
    pthread_create(&t2, NULL, worker, shared);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
