/* TRUTH: racy — main also calls worker(&H) directly while a thread runs worker(&G); they hold different mutexes around total. */
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

static struct ctx G = { PTHREAD_MUTEX_INITIALIZER, 0 };
static struct ctx H = { PTHREAD_MUTEX_INITIALIZER, 0 };

int main(void)
{
    pthread_t t1;
    pthread_create(&t1, NULL, worker, &G);
    worker(&H);
    pthread_join(t1, NULL);
    printf("%ld\n", total);
    return 0;
}
