/* TRUTH: racy — with nondet 0, case 0 stores started=0 and falls through to case 1, join skipped, x=2 races */
/* RUN: NONDET_SEQ=0 | NONDET_SEQ=1 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  pthread_create(&t, 0, w, 0);
  started = 1;
  switch (__VERIFIER_nondet_int()) {
  case 0: started = 0; /* fall through */
  case 1: if (started) pthread_join(t, 0); break;
  default: pthread_join(t, 0); break;
  }
  x = 2;
  return 0;
}
