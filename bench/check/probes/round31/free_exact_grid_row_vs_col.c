/* TRUTH: race-free. Both threads get r = 1 from their argument; rows writes grid[r][0] (= grid[1][0]), cols writes grid[0][r] (= grid[0][1]): different elements. */
#include <pthread.h>
#include <stdio.h>

static int grid[4][4];

static void *rows(void *arg)
{
    int r = (int)(long)arg;
    grid[r][0] = 11;
    return NULL;
}

static void *cols(void *arg)
{
    int r = (int)(long)arg;
    grid[0][r] = 22;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, rows, (void *)1L);
    pthread_create(&b, NULL, cols, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", grid[1][0], grid[0][1]);
    return 0;
}
