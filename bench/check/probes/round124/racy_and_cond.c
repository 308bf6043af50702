/* TRUTH: racy — v = 1 passes v > 0 && v < 3 and writes x beside thr */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  if (v > 0 && v < 3) x++;
  pthread_join(t, 0);
  return 0;
}
