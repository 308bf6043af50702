/* TRUTH: free — the worker moves its argument one int on before copying it, so p[1] is g[2]; the other thread writes g[1] */
#include <pthread.h>
#include <stdio.h>

static int g[4];

static void *worker(void *arg)
{
    arg = (int *)arg + 1;
    int *p = arg;
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
