/* TRUTH: free — a launcher thread makes one ctx and gives it to both workers it starts and joins; they share its mutex. */
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

static void *launcher(void *arg)
{
    (void)arg;
    pthread_t t1, t2;
    struct ctx *c = malloc(sizeof *c);
    if (!c) return NULL;
    pthread_mutex_init(&c->mu, NULL);
    c->hits = 0;
    pthread_create(&t1, NULL, worker, c);
    pthread_create(&t2, NULL, worker, c);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    free(c);
    return NULL;
}

int main(void)
{
    pthread_t l;
    pthread_create(&l, NULL, launcher, NULL);
    pthread_join(l, NULL);
    printf("%ld\n", total);
    return 0;
}
