/* TRUTH: free — one thread writes p[1] of the whole grid (grid[0][1]); the other, handed &grid[1], writes grid[1][0] */
#include <pthread.h>
#include <stdio.h>

static int grid[2][2];

static void *flat(void *arg)
{
    int *p = arg;
    p[1] = 1;
    return 0;
}

static void *row(void *arg)
{
    int *q = arg;
    q[0] = 2;
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, flat, grid);
    pthread_create(&b, 0, row, &grid[1]);
    pthread_join(a, 0);
    pthread_join(b, 0);
    printf("%d %d\n", grid[0][1], grid[1][0]);
    return 0;
}
