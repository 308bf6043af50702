/* TRUTH: racy — main starts worker with &G, and a launcher thread starts another worker with its own stack ctx; the two lock different mutexes around total. */
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

static void *launcher(void *arg)
{
    (void)arg;
    struct ctx mine = { PTHREAD_MUTEX_INITIALIZER, 0 };
    pthread_t t;
    pthread_create(&t, NULL, worker, &mine);
    pthread_join(t, NULL);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, &G);
    pthread_create(&t2, NULL, launcher, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
