// racy: acquire uses 'if (m == 0) m = 1;' (a try-lock whose result is ignored) instead of an assume; the section runs even if the lock was held.
#include <pthread.h>
int m = 0;
int cs = 0;
void __VERIFIER_atomic_acquire(void) { if (m == 0) m = 1; }
void __VERIFIER_atomic_release(void) { m = 0; }
void *t1(void *a) { __VERIFIER_atomic_acquire(); cs = 1; __VERIFIER_atomic_release(); return 0; }
void *t2(void *a) { __VERIFIER_atomic_acquire(); cs = 2; __VERIFIER_atomic_release(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return cs;
}
