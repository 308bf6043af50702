/* TRUTH: racy — with nondet 1, the first start() runs w and goto L enters the failure branch of the second test: x=2 races */
/* RUN: NONDET_SEQ=1 | NONDET_SEQ=0 */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
int x;
pthread_t t, u;
void *w(void *a) { x = 1; return 0; }
void *idle(void *a) { return 0; }
int start(pthread_t *h, void *(*f)(void *)) { if (pthread_create(h, 0, f, 0)) return -1; return 0; }
int main(void) {
  if (start(&t, w) != 0) exit(1);
  if (__VERIFIER_nondet_int()) goto L;
  pthread_join(t, 0);
  if (start(&u, idle) != 0) {
  L:
    x = 2;
    return 1;
  }
  pthread_join(u, 0);
  x = 3;
  return 0;
}
