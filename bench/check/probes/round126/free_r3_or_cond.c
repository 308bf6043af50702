/* TRUTH: free — start() returns 1 after starting w; x=2 is reached only when start() returned 0 (create failed, no thread) */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 | FAIL_CREATE=1 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int start(void) { if (pthread_create(&t, 0, w, 0)) return 0; return 1; }
int main(void) {
  if (start() != 0 || __VERIFIER_nondet_int()) return 1;
  x = 2;
  return 0;
}
