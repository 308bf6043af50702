/* TRUTH: racy — leaving the loop by the first break stores started=0 first, the join is skipped, x=2 races */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0,1 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  while (1) {
    if (__VERIFIER_nondet_int()) { started = 0; break; }
    if (__VERIFIER_nondet_int()) break;
  }
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
