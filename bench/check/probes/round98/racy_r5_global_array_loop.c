/* TRUTH: racy — each worker gets its own element of a global array (loop), so they lock different mutexes around the global total. */
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

static struct ctx ctxs[2] = { { PTHREAD_MUTEX_INITIALIZER, 0 }, { PTHREAD_MUTEX_INITIALIZER, 0 } };

int main(void)
{
    pthread_t ts[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&ts[i], NULL, worker, &ctxs[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(ts[i], NULL);
    printf("%ld\n", total);
    return 0;
}
