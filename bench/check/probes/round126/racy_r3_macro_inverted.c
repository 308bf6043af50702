/* TRUTH: racy — FAILED(r) is r == 0, true exactly when start() started w, so x=2 runs while w runs */
/* RUN: - */
#include <pthread.h>
#define FAILED(r) ((r) == 0)
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(void) {
  if (pthread_create(&t, 0, w, 0)) return -1;
  return 0;
}
int main(void) {
  if (FAILED(start())) { x = 2; return 1; }
  x = 3;
  return 0;
}
