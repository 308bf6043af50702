/* TRUTH: free — the malloc inside the loop runs only on the first pass (if (!c)); both workers share that object's mutex. */
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
    pthread_t ts[2];
    struct ctx *c = NULL;
    for (int i = 0; i < 2; i++) {
        if (!c) {
            c = malloc(sizeof *c);
            if (!c) return 1;
            pthread_mutex_init(&c->mu, NULL);
            c->hits = 0;
        }
        pthread_create(&ts[i], NULL, worker, c);
    }
    for (int i = 0; i < 2; i++)
        pthread_join(ts[i], NULL);
    printf("%ld\n", total);
    return 0;
}
