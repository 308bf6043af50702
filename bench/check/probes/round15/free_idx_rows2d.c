/* Race-free: thread r writes only row r of the matrix and reads the shared read-only vector x; main reads after joins. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define R 4
#define C 5
int mat[R][C];
int x[C];
int y[R];
void *row(void *arg) {
  int r = (int)(intptr_t)arg;
  int s = 0;
  for (int c = 0; c < C; c++) { mat[r][c] = r + c; s += mat[r][c] * x[c]; }
  y[r] = s;
  return NULL;
}
int main(void) {
  pthread_t th[R];
  for (int c = 0; c < C; c++) x[c] = rand() % 5;
  for (int r = 0; r < R; r++) pthread_create(&th[r], NULL, row, (void *)(intptr_t)r);
  for (int r = 0; r < R; r++) pthread_join(th[r], NULL);
  for (int r = 0; r < R; r++) printf("%d\n", y[r]);
  return 0;
}
