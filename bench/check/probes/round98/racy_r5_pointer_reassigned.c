/* TRUTH: racy — the two workers lock different mutexes (the local c points to &G for the first and &H for the second) while both increment the global total. */
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
    pthread_t t1, t2;
    struct ctx *c = &G;
    pthread_create(&t1, NULL, worker, c);
    c = &H;
    pthread_create(&t2, NULL, worker, c);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
