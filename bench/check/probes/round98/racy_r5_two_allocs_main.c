/* TRUTH: racy — the two workers lock different mutexes (main allocates a fresh ctx for each, at two sites outside loops) while both increment the global total. */
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

static struct ctx *new_ctx_raw(void) { return calloc(1, sizeof(struct ctx)); }

int main(void)
{
    pthread_t t1, t2;
    struct ctx *c = malloc(sizeof *c);
    if (!c) return 1;
    pthread_mutex_init(&c->mu, NULL);
    pthread_create(&t1, NULL, worker, c);
    c = malloc(sizeof *c);
    if (!c) return 1;
    pthread_mutex_init(&c->mu, NULL);
    pthread_create(&t2, NULL, worker, c);
    (void)new_ctx_raw;
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
