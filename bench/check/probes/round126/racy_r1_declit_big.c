/* TRUTH: racy — started = -1 compared with 4294967295 (type long): -1 != 4294967295, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = -1;
  if (started == 4294967295) pthread_join(t, 0);
  x = 2;
  return 0;
}
