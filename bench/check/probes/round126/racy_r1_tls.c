/* TRUTH: racy — started is thread-local: w's started=1 is its own copy, main's stays 0, join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
__thread int started;
int x;
pthread_t t;
void *w(void *a) { started = 1; x = 1; return 0; }
int main(void) {
  started = 0;
  pthread_create(&t, 0, w, 0);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
