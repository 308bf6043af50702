/* TRUTH: racy — i == 0 skips the endless spin and reaches x++ while t writes x (the spin only blocks i != 0) */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  if (i) { volatile int k = 0; while (!k) ; }
  pthread_create(&id, 0, t, 0);
  if (!i) x++;
  pthread_join(id, 0);
  return 0;
}
