/* TRUTH: racy — reset() stores started=0, so main skips the join and x=2 races with w's x=1 */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
void reset(void) { started = 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  reset();
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
