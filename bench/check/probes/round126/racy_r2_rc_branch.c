/* TRUTH: racy — after a successful create, check() may set rc=-1, so x=2 runs while w runs */
/* RUN: NONDET_SEQ=1 | - */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int check(void) { return __VERIFIER_nondet_int() ? -1 : 0; }
int main(void) {
  int rc;
  rc = pthread_create(&t, 0, w, 0);
  if (rc == 0) rc = check();
  if (rc) { x = 2; return 1; }
  pthread_join(t, 0);
  x = 3;
  return 0;
}
