/* free: thread 0 fills row 0 and thread 1 fills row 1 of a 2-D matrix. */
#include <pthread.h>
#define N 3
static int mat[N][N];
static void *r0(void *x) { (void)x; for (int j = 0; j < N; j++) mat[0][j] = 1; return 0; }
static void *r1(void *x) { (void)x; for (int j = 0; j < N; j++) mat[1][j] = 2; return 0; }
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, r0, 0);
    pthread_create(&q, 0, r1, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return mat[0][0] + mat[1][2];
}
