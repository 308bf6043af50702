/* Race-free: a malloc'd rows x cols matrix is split by rows, thread i initializing only row i; main reads after joins. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define ROWS 4
int cols;
int *m;
void *init_row(void *arg) {
  int r = (int)(intptr_t)arg;
  for (int c = 0; c < cols; c++) m[r * cols + c] = r * 10 + c;
  return NULL;
}
int main(int argc, char **argv) {
  (void)argv;
  cols = 2 + argc % 5;
  m = malloc(sizeof(int) * ROWS * cols);
  if (!m) return 1;
  pthread_t th[ROWS];
  for (int r = 0; r < ROWS; r++) pthread_create(&th[r], NULL, init_row, (void *)(intptr_t)r);
  for (int r = 0; r < ROWS; r++) pthread_join(th[r], NULL);
  long s = 0;
  for (int i = 0; i < ROWS * cols; i++) s += m[i];
  printf("%ld\n", s);
  free(m);
  return 0;
}
