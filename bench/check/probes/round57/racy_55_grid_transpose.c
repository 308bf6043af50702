/* TRUTH: racy — thread r writes row grid[r][*] but then reads column grid[*][r]; grid[c][r] for c != r is written concurrently by thread c. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define R 4
#define C 4
static int grid[R][C];
static int colsum[R];
static void *row(void *a) {
    int r = (int)(intptr_t)a;
    for (int c = 0; c < C; c++) grid[r][c] = r * C + c;
    int s = 0;
    for (int c = 0; c < R; c++) s += grid[c][r];
    colsum[r] = s;
    return NULL;
}
int main(void) {
    pthread_t t[R];
    for (int r = 0; r < R; r++) pthread_create(&t[r], NULL, row, (void *)(intptr_t)r);
    for (int r = 0; r < R; r++) pthread_join(t[r], NULL);
    printf("%d\n", colsum[3]);
    return 0;
}
