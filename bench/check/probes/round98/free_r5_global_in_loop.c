/* TRUTH: free — every worker created in the loop gets &G, so all share G.mu. */
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

int main(void)
{
    pthread_t ts[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&ts[i], NULL, worker, &G);
    for (int i = 0; i < 3; i++)
        pthread_join(ts[i], NULL);
    printf("%ld\n", total);
    return 0;
}
