/* TRUTH: racy — pthread_create(...) - EAGAIN is -11 (true) on success, so x=2 runs while w runs */
/* RUN: - */
#include <pthread.h>
#include <errno.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if (pthread_create(&t, 0, w, 0) - EAGAIN) { x = 2; return 1; }
  x = 3;
  return 0;
}
