/* TRUTH: racy — with nondet 1, goto L enters the !started branch past its test, so x=2 runs while w runs */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  if (__VERIFIER_nondet_int()) goto L;
  if (!started) {
  L:
    x = 2;
    return 0;
  }
  pthread_join(t, 0);
  x = 3;
  return 0;
}
