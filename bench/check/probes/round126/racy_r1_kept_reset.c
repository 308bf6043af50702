/* TRUTH: racy — on the start path, stop_flag() stores started=0 after the merge, so the join is skipped and x=2 races */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
void stop_flag(void) { started = 0; }
int main(void) {
  started = 0;
  if (__VERIFIER_nondet_int()) {
    pthread_create(&t, 0, w, 0);
    started = 1;
  }
  stop_flag();
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
