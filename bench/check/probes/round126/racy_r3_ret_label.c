/* TRUTH: racy — the goto path starts w and reaches if (ret == 0) with ret == -1: join skipped, x=2 races */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(void) {
  if (pthread_create(&t, 0, w, 0)) return -1;
  return 0;
}
int main(void) {
  int ret = -1;
  if (__VERIFIER_nondet_int()) { if (pthread_create(&t, 0, w, 0)) exit(1); goto L; }
  ret = start();
L:
  if (ret == 0) pthread_join(t, 0);
  x = 2;
  return 0;
}
