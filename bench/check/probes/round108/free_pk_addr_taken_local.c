/* TRUTH: free — q is redirected to other[] through qq before q[1] is written; the other thread writes g[1] */
#include <pthread.h>
#include <stdio.h>

static int g[4], other[4];

static void *redirect(void *arg)
{
    int *q = arg;
    int **qq = &q;
    *qq = other;
    q[1] = 1;
    return 0;
}

static void *second(void *arg)
{
    int *p = arg;
    p[1] = 2;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, redirect, g);
    pthread_create(&b, 0, second, g);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d %d\n", g[1], other[1]);
    return 0;
}
