/* TRUTH: racy — start() returns 65536 after starting w; short ret holds 0, if (ret) skips the join, x=2 races */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  return 65536;
}
int main(void) {
  short ret;
  ret = start();
  if (ret) pthread_join(t, 0);
  x = 2;
  return 0;
}
