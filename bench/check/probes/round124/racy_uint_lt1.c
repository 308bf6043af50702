/* TRUTH: racy — u = 1 passes u < 1 and u > 0 writes x beside thr */
#include <pthread.h>
extern unsigned int __VERIFIER_nondet_uint(void);
int x;
void *thr(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t t;
  unsigned int u = __VERIFIER_nondet_uint();
  pthread_create(&t, 0, thr, 0);
  if (u < 1) { pthread_join(t, 0); return 0; }
  if (u > 0) x++;
  pthread_join(t, 0);
  return 0;
}
