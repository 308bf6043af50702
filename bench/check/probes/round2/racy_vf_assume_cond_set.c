/* TRUTH: racy. The acquire sets m only on some runs (nondet); when it does not, both
   threads get past it and write x together. */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
int m = 0;
int x;
void __VERIFIER_atomic_acquire(void) {
  assume_abort_if_not(m == 0);
  if (__VERIFIER_nondet_int()) { m = 1; }
}
void __VERIFIER_atomic_release(void) { m = 0; }
void *worker(void *arg) { __VERIFIER_atomic_acquire(); x = x + 1; __VERIFIER_atomic_release(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
