/* Race-free: each thread reads and writes only row id of grid. */
#include <pthread.h>
#include <stdio.h>
#define R 4
#define C 4
int grid[R][C];
static void *work(void *arg)
{
    int id = (int)(long)arg;
    for (int c = 0; c < C; c++)
        grid[id][c] = id;
    for (int c = 0; c + 1 < C; c++)
        grid[id][c] += grid[id][C - 1];
    return NULL;
}
int main(void)
{
    pthread_t t[R];
    for (long i = 0; i < R; i++)
        pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < R; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", grid[1][0]);
    return 0;
}
