/* TRUTH: free — thread r writes and reads only row grid[r][*]; rows are disjoint; main reads after joins. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define R 4
#define C 4
static int grid[R][C];
static void *row(void *a) {
    int r = (int)(intptr_t)a;
    for (int c = 0; c < C; c++) grid[r][c] = r * C + c;
    int s = 0;
    for (int c = 0; c < C; c++) s += grid[r][c];
    grid[r][0] = s;
    return NULL;
}
int main(void) {
    pthread_t t[R];
    for (int r = 0; r < R; r++) pthread_create(&t[r], NULL, row, (void *)(intptr_t)r);
    for (int r = 0; r < R; r++) pthread_join(t[r], NULL);
    printf("%d\n", grid[3][0]);
    return 0;
}
