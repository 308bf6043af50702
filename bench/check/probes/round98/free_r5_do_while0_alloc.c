/* TRUTH: free — the single allocation sits in a do { } while (0) macro but runs once; both workers share its mutex. */
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

#define NEW_CTX(p) do { (p) = malloc(sizeof *(p)); if (p) { pthread_mutex_init(&(p)->mu, NULL); (p)->hits = 0; } } while (0)

int main(void)
{
    pthread_t t1, t2;
    struct ctx *c;
    NEW_CTX(c);
    if (!c) return 1;
    pthread_create(&t1, NULL, worker, c);
    pthread_create(&t2, NULL, worker, c);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
