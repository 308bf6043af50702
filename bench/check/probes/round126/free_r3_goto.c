/* TRUTH: free — the second failure joins w (fail_join) before start() returns -1; the first had no thread */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 | FAIL_CREATE=1 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(void) {
  if (pthread_create(&t, 0, w, 0)) goto fail;
  if (__VERIFIER_nondet_int()) goto fail_join;
  return 0;
fail_join:
  pthread_join(t, 0);
fail:
  return -1;
}
int main(void) {
  if (start() < 0) { x = 2; return 1; }
  pthread_join(t, 0);
  x = 3;
  return 0;
}
