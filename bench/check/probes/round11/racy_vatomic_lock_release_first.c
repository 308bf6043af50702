// racy: t2 releases the assume-lock before writing cs, so its write is outside the critical section.
#include <pthread.h>
extern void __VERIFIER_assume(int);
int m = 0;
int cs = 0;
void __VERIFIER_atomic_acquire(void) { __VERIFIER_assume(m == 0); m = 1; }
void __VERIFIER_atomic_release(void) { m = 0; }
void *t1(void *a) { __VERIFIER_atomic_acquire(); cs = 1; __VERIFIER_atomic_release(); return 0; }
void *t2(void *a) { __VERIFIER_atomic_acquire(); __VERIFIER_atomic_release(); cs = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cs;
}
