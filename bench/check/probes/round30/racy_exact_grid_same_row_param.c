/* TRUTH: racy. fill(row, col) is called with (1, 2) by both threads: both do grid[1][2] += 1 unsynchronized. */
#include <pthread.h>
#include <stdio.h>

static int grid[3][4];

static void fill(int row, int col)
{
    grid[row][col] += 1;
}

static void *a_main(void *arg)
{
    (void)arg;
    fill(1, 2);
    return NULL;
}

static void *b_main(void *arg)
{
    (void)arg;
    fill(1, 2);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, a_main, NULL);
    pthread_create(&b, NULL, b_main, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", grid[1][2]);
    return 0;
}
