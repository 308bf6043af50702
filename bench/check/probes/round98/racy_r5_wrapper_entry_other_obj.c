/* TRUTH: racy — thread 2 enters through run_local(), which calls worker(&H); thread 1 runs worker(&G); different mutexes around total. */
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

static void *run_local(void *arg) { (void)arg; return worker(&H); }

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, &G);
    pthread_create(&t2, NULL, run_local, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
