/* race-free: thread id writes only row grid[id][*]; reads of other rows happen in main after join */
#include <pthread.h>
#include <assert.h>
#define R 3
#define C 6
int grid[R][C];
void *fill(void *arg) {
  int r = (int)(long)arg;
  for (int c = 0; c < C; c++)
    grid[r][c] = r * C + c;
  return NULL;
}
int main(void) {
  pthread_t t[R];
  for (int r = 0; r < R; r++) pthread_create(&t[r], NULL, fill, (void *)(long)r);
  for (int r = 0; r < R; r++) pthread_join(t[r], NULL);
  for (int r = 0; r < R; r++)
    for (int c = 0; c < C; c++) assert(grid[r][c] == r * C + c);
  return 0;
}
