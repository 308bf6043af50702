/* TRUTH: free — lk is a lock built from atomic sections: assume(lk == 0); lk = 1 inside one section takes it, lk = 0 in a section releases it; balance is written only while holding lk */
#include <pthread.h>
#include <stdlib.h>
void __VERIFIER_atomic_begin(void);
void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
unsigned char lk;
int balance;
void *w(void *a) {
  __VERIFIER_atomic_begin();
  assume_abort_if_not(lk == 0);
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
