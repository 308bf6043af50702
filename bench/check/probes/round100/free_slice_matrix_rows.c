/* TRUTH: free — each thread computes a disjoint band of rows of C; A and B are only read */
#include <pthread.h>
#include <stdio.h>

#define N 64
#define NT 4

static double A[N][N], B[N][N], C[N][N];

struct band { int lo, hi; };

static void *mul(void *arg)
{
    struct band *b = arg;
    for (int i = b->lo; i < b->hi; i++)
        for (int j = 0; j < N; j++) {
            double s = 0;
            for (int k = 0; k < N; k++)
                s += A[i][k] * B[k][j];
            C[i][j] = s;
        }
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    struct band bands[NT];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = i + j;
            B[i][j] = i == j;
        }
    for (int t = 0; t < NT; t++) {
        bands[t].lo = t * (N / NT);
        bands[t].hi = (t + 1) * (N / NT);
        pthread_create(&th[t], NULL, mul, &bands[t]);
    }
    for (int t = 0; t < NT; t++)
        pthread_join(th[t], NULL);
    printf("C[5][7]=%g\n", C[5][7]);
    return 0;
}
