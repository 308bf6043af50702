/* TRUTH: racy. Worker k writes row k and column k of the matrix, so worker 0 writes mat[1][0] (its column) while worker 1 writes mat[1][0] (its row). */
#include <pthread.h>
#include <stdio.h>

#define N 3
static int mat[N][N];

static void *mark(void *arg)
{
    int k = *(int *)arg;
    for (int j = 0; j < N; j++) {
        mat[k][j] += 1;
        mat[j][k] += 1;
    }
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, mark, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", mat[1][0]);
    return 0;
}
