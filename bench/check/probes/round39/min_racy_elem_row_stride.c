/* TRUTH: racy — workers get &grid[i][0] (row i of a 2x4 grid, plus a spare row) and write p[4], i.e. the first element of the next row: worker 0 writes grid[1][0] while worker 1 writes grid[1][0] as p[0]. */
#include <pthread.h>
static int grid[3][4];
static void *w(void *p) {
  int *row = p;
  row[0] = 1;
  row[4] = 2;
  return 0;
}
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, w, &grid[i][0]);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return grid[1][0];
}
