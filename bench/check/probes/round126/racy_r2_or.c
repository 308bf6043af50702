/* TRUTH: racy — when the first create succeeds and the second fails, the || is true with w running: x=2 races */
/* RUN: FAIL_CREATE=0,1 | - */
#include <pthread.h>
int x;
pthread_t a, b;
void *w(void *p) { x = 1; return 0; }
void *idle(void *p) { return 0; }
int main(void) {
  if (pthread_create(&a, 0, w, 0) || pthread_create(&b, 0, idle, 0)) { x = 2; return 1; }
  pthread_join(a, 0);
  pthread_join(b, 0);
  x = 3;
  return 0;
}
