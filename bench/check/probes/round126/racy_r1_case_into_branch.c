/* TRUTH: racy — switch value 1 jumps to case 1 inside the !started branch, so x=2 runs while w runs */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  switch (__VERIFIER_nondet_int()) {
  case 0:
    if (!started) {
  case 1:
      x = 2;
      return 0;
    }
    break;
  }
  pthread_join(t, 0);
  x = 3;
  return 0;
}
