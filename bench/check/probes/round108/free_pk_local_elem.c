/* TRUTH: free — q is &g[1]; q[0] is g[1]; the other thread writes g[0] */
#include <pthread.h>
#include <stdio.h>

static int g[4];

static void *stepper(void *arg)
{
    int *p = arg;
    int *q = &p[1];
    q[0] = 1;
    return 0;
}

static void *zero(void *arg)
{
    int *p = arg;
    p[0] = 2;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, stepper, g);
    pthread_create(&b, 0, zero, g);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d %d\n", g[0], g[1]);
    return 0;
}
