/* TRUTH: racy — pthread_cleanup_pop(1) runs reset(), storing started=0; join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
void reset(void *a) { started = 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  pthread_cleanup_push(reset, 0);
  pthread_cleanup_pop(1);
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
