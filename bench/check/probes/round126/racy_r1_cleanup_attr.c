/* TRUTH: racy — leaving the block runs reset_cb (cleanup attribute), storing started=0; join skipped, x=2 races */
/* RUN: - */
#include <pthread.h>
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
void reset_cb(int *p) { started = 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  { int guard __attribute__((cleanup(reset_cb))) = 0; (void)guard; }
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
