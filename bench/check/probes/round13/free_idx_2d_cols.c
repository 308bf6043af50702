/* race-free: thread c writes column m[*][c] only; columns are disjoint memory locations */
#include <pthread.h>
#include <assert.h>
#define R 4
#define C 3
int m[R][C];
void *col(void *arg) {
  int *cp = arg;
  int c = *cp;
  for (int r = 0; r < R; r++)
    m[r][c] = r + c;
  return NULL;
}
int main(void) {
  pthread_t t[C];
  int cols[C];
  for (int c = 0; c < C; c++) { cols[c] = c; pthread_create(&t[c], NULL, col, &cols[c]); }
  for (int c = 0; c < C; c++) pthread_join(t[c], NULL);
  assert(m[3][2] == 5);
  return 0;
}
