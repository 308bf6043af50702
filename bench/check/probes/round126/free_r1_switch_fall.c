/* TRUTH: free — case 0 stores started=1 and falls into case 1, which joins when started; every path joins w before x=2 */
/* RUN: NONDET_SEQ=0 | NONDET_SEQ=1 | NONDET_SEQ=2 | FAIL_CREATE=1 */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  if (pthread_create(&t, 0, w, 0)) exit(1);
  started = 1;
  switch (__VERIFIER_nondet_int()) {
  case 0: started = 1; /* fall through */
  case 1: if (started) pthread_join(t, 0); break;
  default: pthread_join(t, 0); break;
  }
  x = 2;
  return 0;
}
