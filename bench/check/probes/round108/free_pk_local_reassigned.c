/* TRUTH: free — the worker points p at g[2] (g[3] stays 0), so p[1] is g[3]; the other thread writes g[1] */
#include <pthread.h>
#include <stdio.h>

static int g[4];

static void *worker(void *arg)
{
    int *p = arg;
    if (*(volatile int *)&g[3] == 0)
        p = &g[2];
    p[1] = 1;
    return 0;
}

static void *second(void *arg)
{
    int *q = arg;
    q[1] = 2;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, g);
    pthread_create(&b, 0, second, g);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d %d\n", g[1], g[2]);
    return 0;
}
