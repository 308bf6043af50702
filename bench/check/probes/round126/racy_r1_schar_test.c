/* TRUTH: racy — signed char started = 200 holds -56; started > 0 is false, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
signed char started;
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 200;
  if (started > 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
