/* TRUTH: racy. Test (assume m==0) and set (m=1) are two separate atomic sections: both
   threads can pass the test before either sets m, and then both write x. */
#include <pthread.h>
#include <stdlib.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
int m = 0;
int x;
void *worker(void *arg) {
  __VERIFIER_atomic_begin();
  assume_abort_if_not(m == 0);
  __VERIFIER_atomic_end();
  __VERIFIER_atomic_begin();
  m = 1;
  __VERIFIER_atomic_end();
  x = x + 1;
  __VERIFIER_atomic_begin();
  m = 0;
  __VERIFIER_atomic_end();
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
