/* TRUTH: racy. each of the two parents starts a leaf, so two leaves plus main wait on a count-2 barrier: the leaves complete it and read base while main writes it. */
#include <pthread.h>
#include <stdio.h>
static pthread_barrier_t bar;
static int base;
static int got[2];

static void *leaf(void *arg)
{
    int *o = arg;
    pthread_barrier_wait(&bar);
    *o = base;
    return NULL;
}

static void *parent(void *arg)
{
    pthread_t c;
    pthread_create(&c, NULL, leaf, arg);
    pthread_join(c, NULL);
    return NULL;
}

int main(void)
{
    pthread_t p1, p2;
    pthread_barrier_init(&bar, NULL, 2);
    pthread_create(&p1, NULL, parent, &got[0]);
    pthread_create(&p2, NULL, parent, &got[1]);
    base = 3;
    pthread_barrier_wait(&bar);
    pthread_join(p1, NULL);
    pthread_join(p2, NULL);
    printf("%d %d\n", got[0], got[1]);
    return 0;
}
