/* TRUTH: free. t1 acquires and never releases; t2 can only enter if it acquires first
   (then t1 waits for t2's release). Either way the sections never overlap. */
#include <pthread.h>
#include <stdlib.h>
void assume_abort_if_not(int c) { if (!c) abort(); }
int m = 0;
int x;
void __VERIFIER_atomic_acquire(void) { assume_abort_if_not(m == 0); m = 1; }
void __VERIFIER_atomic_release(void) { m = 0; }
void *t1(void *arg) { __VERIFIER_atomic_acquire(); x = 1; return NULL; }
void *t2(void *arg) { __VERIFIER_atomic_acquire(); x = 2; __VERIFIER_atomic_release(); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t1, NULL);
  pthread_create(&b, NULL, t2, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
