/* TRUTH: racy — the check assume(lk == 0) and the store lk = 1 are in two different atomic sections, so both threads can pass the check before either stores: both write balance concurrently */
#include <pthread.h>
#include <stdlib.h>
void __VERIFIER_atomic_begin(void);
void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
int lk;
int balance;
void *w(void *a) {
  __VERIFIER_atomic_begin();
  assume_abort_if_not(lk == 0);
  __VERIFIER_atomic_end();
  __VERIFIER_atomic_begin();
  lk = 1;
  __VERIFIER_atomic_end();
  balance = balance + 10;
  __VERIFIER_atomic_begin();
  lk = 0;
  __VERIFIER_atomic_end();
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, 0);
  pthread_create(&y, 0, w, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return balance;
}
