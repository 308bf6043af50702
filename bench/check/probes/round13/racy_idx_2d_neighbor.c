/* racy: thread r reads grid[(r+1)%R][0] while thread r+1 writes its own row */
#include <pthread.h>
#include <assert.h>
#define R 3
#define C 6
int grid[R][C];
int seen[R];
void *fill(void *arg) {
  int r = (int)(long)arg;
  for (int c = 0; c < C; c++)
    grid[r][c] = r * C + c;
  seen[r] = grid[(r + 1) % R][0];
  return NULL;
}
int main(void) {
  pthread_t t[R];
  for (int r = 0; r < R; r++) pthread_create(&t[r], NULL, fill, (void *)(long)r);
  for (int r = 0; r < R; r++) pthread_join(t[r], NULL);
  return seen[0];
}
