/* TRUTH: free — both breaks leave started=1 (the first re-stores 1), main always joins w before x=2 */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0,1 | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  started = 0;
  while (1) {
    if (__VERIFIER_nondet_int()) { started = 1; break; }
    if (__VERIFIER_nondet_int()) { started = 1; break; }
  }
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
