/* TRUTH: racy — the second worker gets NULL and falls back to its own static ctx, so the two lock G.mu and fallback.mu around total. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct ctx { pthread_mutex_t mu; int hits; };

static long total;
static struct ctx fallback = { PTHREAD_MUTEX_INITIALIZER, 0 };

static void *worker(void *arg)
{
    struct ctx *c = arg;
    if (!c)
        c = &fallback;
    pthread_mutex_lock(&c->mu);
    total++;
    c->hits++;
    pthread_mutex_unlock(&c->mu);
    return NULL;
}

static struct ctx G = { PTHREAD_MUTEX_INITIALIZER, 0 };

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, &G);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
