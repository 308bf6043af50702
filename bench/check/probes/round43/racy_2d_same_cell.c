/* TRUTH: racy — both threads write grid[0][1] */
#include <pthread.h>
int grid[2][2];
void *f1(void *a) { grid[0][1] = 1; return 0; }
void *f2(void *a) { grid[0][1] = 2; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return grid[0][1];
}
