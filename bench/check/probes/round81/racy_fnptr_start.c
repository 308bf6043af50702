/* TRUTH: racy — start routine picked from table; both entries write g; two threads run concurrently */
#include <pthread.h>
int g;
void *w1(void *a) { g = 1; return 0; }
void *w2(void *a) { g = 2; return 0; }
void *(*tbl[2])(void *) = {w1, w2};
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, tbl[i], 0);
  for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
  return g;
}
