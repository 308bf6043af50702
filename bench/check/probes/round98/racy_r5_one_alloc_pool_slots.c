/* TRUTH: racy — the two workers lock different mutexes (one malloc of a pool; each worker gets its own slot) while both increment the global total. */
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

struct pool { int n; struct ctx slots[2]; };

int main(void)
{
    pthread_t t1, t2;
    struct pool *p = malloc(sizeof *p);
    if (!p) return 1;
    for (int i = 0; i < 2; i++)
        pthread_mutex_init(&p->slots[i].mu, NULL);
    pthread_create(&t1, NULL, worker, &p->slots[0]);
    pthread_create(&t2, NULL, worker, &p->slots[1]);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
