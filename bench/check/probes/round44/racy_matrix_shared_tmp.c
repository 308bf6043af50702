/* TRUTH: racy — workers compute disjoint rows but all use one global scratch row tmp[] */
#include <pthread.h>
#define N 8
#define NT 2
static double A[N][N], C[N][N];
static double tmp[N];
static void *rowwork(void *arg) {
    int first = (int)(long)arg;
    for (int i = first; i < first + N / NT; i++) {
        for (int j = 0; j < N; j++) tmp[j] = A[i][j] * 2;
        for (int j = 0; j < N; j++) C[i][j] = tmp[j] + tmp[(j + 1) % N];
    }
    return NULL;
}
int main(void) {
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) A[i][j] = i * j;
    pthread_t t[NT];
    for (long i = 0; i < NT; i++) pthread_create(&t[i], NULL, rowwork, (void *)(i * (N / NT)));
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    return (int)C[1][1];
}
