/* TRUTH: racy — when the first nondet is 1 the continue path stores started=0, next pass skips the join, x=2 races */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  int i = 0;
  pthread_create(&t, 0, w, 0);
  started = 1;
  while (1) {
    if (i == 1) { if (started) pthread_join(t, 0); break; }
    i = 1;
    if (__VERIFIER_nondet_int()) { started = 0; continue; }
  }
  x = 2;
  return 0;
}
