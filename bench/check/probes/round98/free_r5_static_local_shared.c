/* TRUTH: free — both workers get main's static local ctx; they share its mutex. */
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
    static struct ctx c = { PTHREAD_MUTEX_INITIALIZER, 0 };
    pthread_create(&t1, NULL, worker, &c);
    pthread_create(&t2, NULL, worker, &c);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%ld\n", total);
    return 0;
}
