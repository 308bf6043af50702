/* TRUTH: racy — a = 6, b = 0: a < b fails, a > 5 writes x beside thr */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  int v = __VERIFIER_nondet_int();
  pthread_create(&t, 0, thr, 0);
  int b = __VERIFIER_nondet_int();
  if (v < b) { pthread_join(t, 0); return 0; }
  if (v > 5) x++;
  pthread_join(t, 0);
  return 0;
}
