/* TRUTH: free — both paths that start w store a nonzero started, and if (started) joins it before x=2 */
/* RUN: NONDET_SEQ=0,1 | NONDET_SEQ=1 | NONDET_SEQ=0,0 */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  started = 0;
  if (__VERIFIER_nondet_int()) { if (pthread_create(&t, 0, w, 0)) exit(1); started = 1; }
  else if (__VERIFIER_nondet_int()) { if (pthread_create(&t, 0, w, 0)) exit(1); started = 2; }
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
