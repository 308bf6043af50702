/* TRUTH: racy. Thread i gets &grid[i] (a row) but writes grid[i][0] and, through the
   row pointer plus one, the next row's first cell, which thread i+1 writes. */
#include <pthread.h>
#define N 3
int grid[N + 1][2];
void *worker(void *arg) {
  int (*row)[2] = arg;
  (*row)[0] = 1;
  (*(row + 1))[0] = 2;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, &grid[i]);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return grid[1][0];
}
