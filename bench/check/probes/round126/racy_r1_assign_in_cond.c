/* TRUTH: racy — if ((started = 0)) stores 0 and is false; the next test reads 0, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  if ((started = 0)) x = 3;
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
