/* TRUTH: racy — call_once runs init() in main, which stores started=0; join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
#include <threads.h>
int started, x;
pthread_t t;
once_flag of = ONCE_FLAG_INIT;
void *w(void *a) { x = 1; return 0; }
void init(void) { started = 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  call_once(&of, init);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
