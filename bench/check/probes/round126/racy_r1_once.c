/* TRUTH: racy — pthread_once runs init() in main, which stores started=0, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
pthread_once_t once = PTHREAD_ONCE_INIT;
void *w(void *a) { x = 1; return 0; }
void init(void) { started = 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  pthread_once(&once, init);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
