/* TRUTH: racy — int started = 4294967296 stores 0 (gcc truncates), if (started) skips the join, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 4294967296;
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
