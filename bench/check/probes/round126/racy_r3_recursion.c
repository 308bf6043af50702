/* TRUTH: racy — start(1) returns -1 when start(0) started w, so start(1) == 0 skips the join, x=2 races */
/* RUN: - */
#include <pthread.h>
#include <stdlib.h>
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(int n) {
  if (n > 0) {
    if (start(n - 1) == 0) return -1;
    return 0;
  }
  if (pthread_create(&t, 0, w, 0)) exit(1);
  return 0;
}
int main(void) {
  if (start(1) == 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
