/* TRUTH: racy — clr stores started=0 and reap(t1) joins it, so main reads 0, skips joining w, x=2 races with w */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t1, t2;
void *clr(void *a) { started = 0; return 0; }
void *w(void *a) { x = 1; return 0; }
void reap(pthread_t t) { pthread_join(t, 0); }
int main(void) {
  started = 1;
  pthread_create(&t2, 0, w, 0);
  pthread_create(&t1, 0, clr, 0);
  reap(t1);
  if (started) pthread_join(t2, 0);
  x = 2;
  return 0;
}
