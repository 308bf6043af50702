/* TRUTH: racy — main steps q from &g[1] to &g[2] before handing it over; the worker's p[1] is g[3], which the other thread writes */
#include <pthread.h>
#include <stdio.h>

static int g[4];

static void *worker(void *arg)
{
    int *p = arg;
    p[1] = 1;
    return 0;
}

static void *other(void *arg)
{
    (void)arg;
    g[3] = 2;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    int *q = &g[1];
    q++;
    pthread_create(&a, 0, worker, q);
    pthread_create(&b, 0, other, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d\n", g[3]);
    return 0;
}
