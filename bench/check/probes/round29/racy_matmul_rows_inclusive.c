/* TRUTH: racy. Off by one: each worker runs rows id*RPT .. id*RPT+RPT inclusive, so worker id and id+1 both write row (id+1)*RPT of C (write/write; mult_row). */
#include <pthread.h>
#include <stdio.h>

#define N 64
#define NT 4
#define RPT (N / NT)

static double A[N][N], B[N][N], C[N][N];

struct slice {
    int id;
    int first, last; /* rows [first, last) */
};

static void mult_row(int i)
{
    for (int j = 0; j < N; j++) {
        double s = 0;
        for (int k = 0; k < N; k++)
            s += A[i][k] * B[k][j];
        C[i][j] = s;
    }
}

static void *worker(void *p)
{
    int id = (int)(long)p;
    for (int i = id * RPT; i <= id * RPT + RPT && i < N; i++)
        mult_row(i);
    return NULL;
}

int main(void)
{
    pthread_t th[NT];
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) {
            A[i][j] = i + j;
            B[i][j] = i == j;
        }
    for (long t = 0; t < NT; t++)
        pthread_create(&th[t], NULL, worker, (void *)t);
    for (int t = 0; t < NT; t++)
        pthread_join(th[t], NULL);
    double tr = 0;
    for (int i = 0; i < N; i++)
        tr += C[i][i];
    printf("%f\n", tr);
    return 0;
}
