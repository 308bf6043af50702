/* racy: thread 0 fills row 0 of a 2-D matrix, thread 1 fills column 0; they
   both write m[0][0]. */
#include <pthread.h>
#define N 3
static int mat[N][N];
static void *row(void *x) { (void)x; for (int j = 0; j < N; j++) mat[0][j] = 1; return 0; }
static void *col(void *x) { (void)x; for (int i = 0; i < N; i++) mat[i][0] = 2; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, row, 0);
    pthread_create(&q, 0, col, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return mat[0][0];
}
