/* TRUTH: racy. Test and set are two separate __VERIFIER_atomic_ functions: both threads
   can pass check() before either runs set(), then both write x. */
#include <pthread.h>
#include <stdlib.h>
void assume_abort_if_not(int c) { if (!c) abort(); }
int m = 0;
int x;
void __VERIFIER_atomic_check(void) { assume_abort_if_not(m == 0); }
void __VERIFIER_atomic_set(void) { m = 1; }
void __VERIFIER_atomic_clear(void) { m = 0; }
void *worker(void *arg) {
  __VERIFIER_atomic_check();
  __VERIFIER_atomic_set();
  x = x + 1;
  __VERIFIER_atomic_clear();
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
