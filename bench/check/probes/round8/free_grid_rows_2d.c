/* TRUTH: free. Each thread writes only its own row grid[id][*] and main reads the whole grid after joining. */
#include <pthread.h>

#define R 4
#define C 8
static int grid[R][C];
static long rowsum[R];

static void *row_worker(void *arg)
{
    int id = (int)(long)arg;
    long s = 0;
    for (int j = 0; j < C; j++) {
        grid[id][j] = id * C + j;
        s += grid[id][j];
    }
    rowsum[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t t[R];
    long total = 0;
    for (long i = 0; i < R; i++)
        pthread_create(&t[i], NULL, row_worker, (void *)i);
    for (int i = 0; i < R; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++)
            total += grid[i][j];
    return total != rowsum[0] + rowsum[1] + rowsum[2] + rowsum[3];
}
