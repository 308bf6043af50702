/* TRUTH: free — one thread writes m[1][0], the other m[0][1]: two different ints */
#include <pthread.h>
#include <stdio.h>

static int m[4][2];

static void *row_start(void *arg)
{
    int *p = arg;
    p[0] = 1;
    return 0;
}

static void *row_second(void *arg)
{
    int *p = arg;
    p[1] = 2;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, row_start, m[1]);
    pthread_create(&b, 0, row_second, m[0]);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d %d\n", m[1][0], m[0][1]);
    return 0;
}
