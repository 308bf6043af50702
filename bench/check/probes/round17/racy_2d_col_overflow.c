/* Racy: grid[id][c + 1] with c up to 3 reaches grid[id][4] == grid[id + 1][0], the next row's first cell. */
#include <pthread.h>
#include <stdio.h>
#define R 4
#define C 4
int grid[R + 1][C];
static void *work(void *arg)
{
    int id = (int)(long)arg;
    for (int c = 0; c < C; c++)
        grid[id][c] = id;
    for (int c = 0; c < C; c++)
        grid[id][c] += grid[id][c + 1];
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
