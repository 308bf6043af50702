/* TRUTH: racy — int started = 2147483648 holds INT_MIN; started > 0 is false, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 2147483648;
  if (started > 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
