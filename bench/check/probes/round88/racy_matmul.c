/* Racy: the row range uses an inclusive upper bound (i <= hi, clamped to N-1), so row
   (id+1)*N/NT is computed -- and C[that row][*] written -- by two neighbouring threads. */
#include <pthread.h>
#include <stdio.h>

#define N 24
#define NT 4

static double A[N][N], B[N][N], C[N][N];

static void *rows(void *arg)
{
    int id = (int)(long)arg;
    int lo = id * N / NT;
    int hi = (id + 1) * N / NT;
    if (hi > N - 1)
        hi = N - 1;
    for (int i = lo; i <= hi; i++)          /* BUG: off by one, overlaps next range */
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
    pthread_t t[NT];
    double trace = 0;
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = i + j;
            B[i][j] = (i == j);
        }
    for (long id = 0; id < NT; id++)
        pthread_create(&t[id], NULL, rows, (void *)id);
    for (int id = 0; id < NT; id++)
        pthread_join(t[id], NULL);
    for (int i = 0; i < N; i++)
        trace += C[i][i];
    printf("%f\n", trace);
    return 0;
}
