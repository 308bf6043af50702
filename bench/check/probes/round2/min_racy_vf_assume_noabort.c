/* TRUTH: racy. This program defines assume_abort_if_not so that it does NOT stop the run
   (it only prints); the "lock" never blocks, so both threads write x at once. */
#include <pthread.h>
#include <stdio.h>
void assume_abort_if_not(int c) { if (!c) { printf("assumption failed\n"); } }
int m, x;
void __VERIFIER_atomic_acquire(void) { assume_abort_if_not(m == 0); m = 1; }
void __VERIFIER_atomic_release(void) { m = 0; }
void *w(void *arg) { __VERIFIER_atomic_acquire(); x = x + 1; __VERIFIER_atomic_release(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return x;
}
