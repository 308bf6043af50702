/* TRUTH: free — bump(p) with p = &g[2] writes g[3]; the other thread writes g[1] */
#include <pthread.h>
#include <stdio.h>

static int g[8];

static void bump(int *q)
{
    q[1] = 5;
}

static void *worker(void *arg)
{
    int *p = arg;
    bump(p);
    return 0;
}

static void *other(void *arg)
{
    (void)arg;
    g[1] = 1;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, worker, &g[2]);
    pthread_create(&b, 0, other, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d %d\n", g[2], g[4]);
    return 0;
}
