/* TRUTH: race-free. fill(row, col) is called with col 2 by both threads, but row 0 by one and row 1 by the other: grid[0][2] and grid[1][2] are different elements. */
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
    fill(0, 2);
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
    printf("%d\n", grid[0][2] + grid[1][2]);
    return 0;
}
