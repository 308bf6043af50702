/* TRUTH: free — the goto path joins w before entering the !started branch; the fallthrough path joins before x=3 */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  started = 1;
  if (__VERIFIER_nondet_int()) { pthread_join(t, 0); goto L; }
  if (!started) {
  L:
    x = 2;
    return 0;
  }
  pthread_join(t, 0);
  x = 3;
  return 0;
}
