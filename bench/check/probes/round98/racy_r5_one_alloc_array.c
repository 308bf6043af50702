/* TRUTH: racy — the two workers lock different mutexes (one malloc of two ctx, each worker gets its own element) while both increment the global total. */
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

int main(void)
{
    pthread_t t1, t2;
    struct ctx *c = malloc(2 * sizeof *c);
    if (!c) return 1;
    pthread_mutex_init(&c[0].mu, NULL);
    pthread_mutex_init(&c[1].mu, NULL);
    pthread_create(&t1, NULL, worker, &c[0]);
    pthread_create(&t2, NULL, worker, c + 1);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
