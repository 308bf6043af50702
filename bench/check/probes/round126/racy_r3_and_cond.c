/* TRUTH: racy — start() returns 0 after starting w; with nondet 0 the && is false, join skipped, x=2 races */
/* RUN: NONDET_SEQ=0 | NONDET_SEQ=1 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(void) { if (pthread_create(&t, 0, w, 0)) return -1; return 0; }
int main(void) {
  if (start() == 0 && __VERIFIER_nondet_int()) pthread_join(t, 0);
  x = 2;
  return 0;
}
