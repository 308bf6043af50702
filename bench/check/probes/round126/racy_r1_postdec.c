/* TRUTH: racy — started-- makes started 0, the join is skipped, x=2 races with w */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  started--;
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
