/* TRUTH: racy — mode 2 takes default: w starts and start() returns 1, so start() == 0 skips the join, x=2 races */
/* RUN: NONDET_SEQ=2 | NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(int mode) {
  switch (mode) {
  case 0: return -1;
  case 1: if (pthread_create(&t, 0, w, 0)) exit(1); return 0;
  default: if (pthread_create(&t, 0, w, 0)) exit(1); return 1;
  }
}
int main(void) {
  if (start(__VERIFIER_nondet_int()) == 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
