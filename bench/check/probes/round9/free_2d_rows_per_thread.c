/* TRUTH: free. Worker r writes only row r of the global matrix; main reads it after joining all workers. */
#include <pthread.h>
#include <stdio.h>

#define R 3
#define C 4
static int mat[R][C];

static void *fill_row(void *arg)
{
    int r = *(int *)arg;
    for (int c = 0; c < C; c++)
        mat[r][c] = r * C + c;
    return NULL;
}

int main(void)
{
    pthread_t t[R];
    int ids[R];
    for (int i = 0; i < R; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, fill_row, &ids[i]);
    }
    for (int i = 0; i < R; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", mat[R - 1][C - 1]);
    return 0;
}
