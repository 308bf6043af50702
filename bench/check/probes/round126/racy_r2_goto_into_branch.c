/* TRUTH: racy — with nondet 1, goto L enters the create-failed branch while w (started by the successful create) runs: x=2 races */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  int rc = pthread_create(&t, 0, w, 0);
  if (rc == 0 && __VERIFIER_nondet_int()) goto L;
  if (rc) {
  L:
    x = 2;
    return 1;
  }
  pthread_join(t, 0);
  x = 3;
  return 0;
}
