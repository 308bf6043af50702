/* TRUTH: free — the allocation loop breaks after its first pass, so there is one ctx, shared by both workers (same mutex). */
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
    struct ctx *c;
    for (;;) {
        c = malloc(sizeof *c);
        if (c) break;
    }
    pthread_mutex_init(&c->mu, NULL);
    c->hits = 0;
    pthread_create(&t1, NULL, worker, c);
    pthread_create(&t2, NULL, worker, c);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld %d\n", total, c->hits);
    free(c);
    return 0;
}
