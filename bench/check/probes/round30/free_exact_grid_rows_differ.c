/* TRUTH: race-free. Both threads are given column 1, but the first writes row 0 and the second row 1: grid[0][1] and grid[1][1] are different elements. */
#include <pthread.h>
#include <stdio.h>

#define COLS 4
static int grid[2][COLS];

static void *top(void *arg)
{
    long col = (long)arg;
    grid[0][col] = 5;
    return NULL;
}

static void *bottom(void *arg)
{
    long col = (long)arg;
    grid[1][col] = 7;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, top, (void *)1);
    pthread_create(&b, NULL, bottom, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", grid[0][1], grid[1][1]);
    return 0;
}
