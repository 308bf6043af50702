/* racy: threads created in nested loops each write grid[i][j] and also
   row_sum[i] (shared by all threads of a row) without a lock. */
#include <pthread.h>
#define R 2
#define C 3
static int grid[R][C];
static int row_sum[R];
struct arg { int i, j; };
static struct arg args[R][C];
static void *cell(void *p) {
    struct arg *a = p;
    grid[a->i][a->j] = a->i * C + a->j;
    row_sum[a->i] += grid[a->i][a->j];
    return 0;
}
int main(void) {
    pthread_t t[R][C];
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++) {
            args[i][j].i = i; args[i][j].j = j;
            pthread_create(&t[i][j], 0, cell, &args[i][j]);
        }
    for (int i = 0; i < R; i++)
        for (int j = 0; j < C; j++)
            pthread_join(t[i][j], 0);
    return row_sum[0];
}
