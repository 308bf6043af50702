/* TRUTH: racy — k != 0 jumps to L past the v > 3 test: x++ runs beside thr */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  int k = __VERIFIER_nondet_int();
  if (k) goto L;
  if (v > 3) { pthread_join(t, 0); return 0; }
  if (v > 3) { L: x++; }
  pthread_join(t, 0);
  return 0;
}
