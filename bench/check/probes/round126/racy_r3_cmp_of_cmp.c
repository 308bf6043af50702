/* TRUTH: racy — start() returns 0 after starting w; (start() == 0) == 0 is false, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(void) { if (pthread_create(&t, 0, w, 0)) return -1; return 0; }
int main(void) {
  if ((start() == 0) == 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
