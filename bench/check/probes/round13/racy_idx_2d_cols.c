/* racy: thread c writes column c and also m[0][(c+1)%C], which is in the column of another thread */
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
  m[0][(c + 1) % C] = -1;
  return NULL;
}
int main(void) {
  pthread_t t[C];
  int cols[C];
  for (int c = 0; c < C; c++) { cols[c] = c; pthread_create(&t[c], NULL, col, &cols[c]); }
  for (int c = 0; c < C; c++) pthread_join(t[c], NULL);
  return m[0][0];
}
