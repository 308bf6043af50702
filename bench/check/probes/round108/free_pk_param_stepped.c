/* TRUTH: free — put() steps its parameter before p[1], so thread a writes g[2]; thread b writes g[1] */
#include <pthread.h>
#include <stdio.h>

static int g[4];

static void put(int *p)
{
    p++;
    p[1] = 1;
}

static void *stepper(void *arg)
{
    (void)arg;
    put(g);
    return 0;
}

static void *second(void *arg)
{
    (void)arg;
    g[1] = 2;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, stepper, 0);
    pthread_create(&b, 0, second, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d %d\n", g[1], g[2]);
    return 0;
}
