/* TRUTH: racy — with the create succeeding and nondet 1, the || is true while w runs: x=2 races */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if (pthread_create(&t, 0, w, 0) != 0 || __VERIFIER_nondet_int()) { x = 2; return 1; }
  pthread_join(t, 0);
  x = 3;
  return 0;
}
