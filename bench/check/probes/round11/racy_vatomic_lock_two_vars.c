// racy: t1 acquires lock word m1 and t2 acquires lock word m2 (distinct assume-based locks), both write cs.
#include <pthread.h>
extern void __VERIFIER_assume(int);
int m1 = 0, m2 = 0;
int cs = 0;
void __VERIFIER_atomic_acquire1(void) { __VERIFIER_assume(m1 == 0); m1 = 1; }
void __VERIFIER_atomic_release1(void) { m1 = 0; }
void __VERIFIER_atomic_acquire2(void) { __VERIFIER_assume(m2 == 0); m2 = 1; }
void __VERIFIER_atomic_release2(void) { m2 = 0; }
void *t1(void *a) { __VERIFIER_atomic_acquire1(); cs = 1; __VERIFIER_atomic_release1(); return 0; }
void *t2(void *a) { __VERIFIER_atomic_acquire2(); cs = 2; __VERIFIER_atomic_release2(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cs;
}
