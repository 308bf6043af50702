/* TRUTH: racy — start() returns 1 after starting w; with nondet 1 the || is true anyway and x=2 runs while w runs */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(void) { if (pthread_create(&t, 0, w, 0)) return 0; return 1; }
int main(void) {
  if (start() == 0 || __VERIFIER_nondet_int()) { x = 2; return 1; }
  pthread_join(t, 0);
  x = 3;
  return 0;
}
