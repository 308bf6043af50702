/* TRUTH: racy — signed char start() returns 256, i.e. 0, after starting w; if (start()) skips the join, x=2 races */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
signed char start(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  return 256;
}
int main(void) {
  if (start()) pthread_join(t, 0);
  x = 2;
  return 0;
}
