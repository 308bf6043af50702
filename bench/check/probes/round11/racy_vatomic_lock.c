// racy: t2 writes cs without taking the __VERIFIER_atomic_acquire lock, while t1 accesses cs inside it.
#include <pthread.h>
extern void __VERIFIER_assume(int);
extern void reach_error(void);
int m = 0;
int cs = 0;
void __VERIFIER_atomic_acquire(void) { __VERIFIER_assume(m == 0); m = 1; }
void __VERIFIER_atomic_release(void) { __VERIFIER_assume(m == 1); m = 0; }
void *t1(void *a) {
  __VERIFIER_atomic_acquire();
  cs = 1;
  if (cs != 1) reach_error();
  __VERIFIER_atomic_release();
  return 0;
}
void *t2(void *a) {
  cs = 2;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
