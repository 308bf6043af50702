/* TRUTH: racy — start2() returns -1 exactly when start() started w, so start2() == 0 skips the join while w runs */
/* RUN: - */
#include <pthread.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(void) {
  if (pthread_create(&t, 0, w, 0)) return -1;
  return 0;
}
int start2(void) {
  if (start() < 0) return 0;
  return -1;
}
int main(void) {
  if (start2() == 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
