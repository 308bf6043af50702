/* TRUTH: free — t runs only on paths that stored started=1, and those join it before x=2 */
/* RUN: NONDET_SEQ=0 | NONDET_SEQ=1 | FAIL_CREATE=1 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int started, x;
pthread_t t;
void *w(void *a) { x = 1; return 0; }
int main(void) {
  started = 0;
  if (__VERIFIER_nondet_int()) {
    if (pthread_create(&t, 0, w, 0)) return 1;
    started = 1;
  }
  if (started) pthread_join(t, 0);
  x = 2;
  return 0;
}
