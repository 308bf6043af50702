/* TRUTH: racy — the test before the assume sees v = 6: x++ races thr, then the assume ends the run */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v > 5) x++;
  pthread_join(t, 0);
  __VERIFIER_assume(v <= 5);
  return 0;
}
