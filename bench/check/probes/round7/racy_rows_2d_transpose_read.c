/* TRUTH: racy. thread r writes row r and reads column r; thread 0 reads mat[1][0] while thread 1 writes row 1. */
#include <pthread.h>
#include <stdio.h>
#define N 3
static int mat[N][N];
static int colsum[N];

static void *work(void *p)
{
    int r = *(int *)p;
    for (int j = 0; j < N; j++)
        mat[r][j] = r * N + j;
    int s = 0;
    for (int i = 0; i < N; i++)
        s += mat[i][r];
    colsum[r] = s;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, work, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", colsum[0]);
    return 0;
}
