/* TRUTH: racy. t2 stores 0 into the lock word while t1 holds it, then acquires it
   itself: both write x at once. */
#include <pthread.h>
#include <stdlib.h>
void assume_abort_if_not(int c) { if (!c) abort(); }
int m, x;
void __VERIFIER_atomic_acquire(void) { assume_abort_if_not(m == 0); m = 1; }
void __VERIFIER_atomic_release(void) { m = 0; }
void *t1(void *arg) { __VERIFIER_atomic_acquire(); x = 1; return NULL; }
void *t2(void *arg) { __VERIFIER_atomic_release(); __VERIFIER_atomic_acquire(); x = 2; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
