/* TRUTH: free — parallel matrix multiply: A and B only read by workers (initialised before create), each worker writes only its own rows of C */
#include <pthread.h>
#define N 16
#define NT 4
static double A[N][N], B[N][N], C[N][N];
struct rows { int first, last; };
static void *mul(void *arg) {
    struct rows *r = arg;
    for (int i = r->first; i < r->last; i++)
        for (int j = 0; j < N; j++) {
            double s = 0;
            for (int k = 0; k < N; k++) s += A[i][k] * B[k][j];
            C[i][j] = s;
        }
    return NULL;
}
int main(void) {
    for (int i = 0; i < N; i++)
        for (int j = 0; j < N; j++) { A[i][j] = i + j; B[i][j] = i == j; }
    pthread_t t[NT];
    struct rows r[NT];
    for (int i = 0; i < NT; i++) {
        r[i].first = i * (N / NT);
        r[i].last = (i + 1) * (N / NT);
        pthread_create(&t[i], NULL, mul, &r[i]);
    }
    for (int i = 0; i < NT; i++) pthread_join(t[i], NULL);
    return C[3][5] == 8.0 ? 0 : 1;
}
