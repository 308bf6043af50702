/* TRUTH: racy — the two workers lock different mutexes (cfg_a.mu and cfg_b.mu, two global objects) while both increment the global total. */
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

static struct ctx cfg_a = { PTHREAD_MUTEX_INITIALIZER, 0 };
static struct ctx cfg_b = { PTHREAD_MUTEX_INITIALIZER, 0 };

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, &cfg_a);
    pthread_create(&t2, NULL, worker, &cfg_b);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
