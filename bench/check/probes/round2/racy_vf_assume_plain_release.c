/* TRUTH: racy. The lock is released by a plain store m = 0 outside any atomic section;
   that store races with the other thread's read of m inside its acquire. */
#include <pthread.h>
#include <stdlib.h>
void assume_abort_if_not(int c) { if (!c) abort(); }
int m = 0;
int x;
void __VERIFIER_atomic_acquire(void) { assume_abort_if_not(m == 0); m = 1; }
void *worker(void *arg) { __VERIFIER_atomic_acquire(); x = x + 1; m = 0; return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
