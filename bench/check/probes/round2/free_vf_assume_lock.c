/* TRUTH: free. Verifier-style blocking lock built from assume inside atomic functions;
   every access to x is between acquire and release. */
#include <pthread.h>
#include <stdlib.h>
void assume_abort_if_not(int c) { if (!c) abort(); }
int m = 0;
int x;
void __VERIFIER_atomic_acquire(void) { assume_abort_if_not(m == 0); m = 1; }
void __VERIFIER_atomic_release(void) { assume_abort_if_not(m == 1); m = 0; }
void *t1(void *arg) { __VERIFIER_atomic_acquire(); x = x + 1; __VERIFIER_atomic_release(); return NULL; }
void *t2(void *arg) { __VERIFIER_atomic_acquire(); x = x * 2; __VERIFIER_atomic_release(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
