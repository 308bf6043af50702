/* TRUTH: free — the worker is handed &g[2] and bump(&p[1]) writes q[1], which is g[4]; main's other thread writes g[2] */
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
    bump(&p[1]);
    return 0;
}

static void *other(void *arg)
{
    (void)arg;
    g[2] = 1;
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
