/* TRUTH: racy. Each thread passes its OWN local lock word to the assume-lock, so the two
   sections do not exclude each other. */
#include <pthread.h>
#include <stdlib.h>
void assume_abort_if_not(int c) { if (!c) abort(); }
int x;
void __VERIFIER_atomic_acquire(int *l) { assume_abort_if_not(*l == 0); *l = 1; }
void __VERIFIER_atomic_release(int *l) { *l = 0; }
void *worker(void *arg) { int lk = 0; __VERIFIER_atomic_acquire(&lk); x = x + 1; __VERIFIER_atomic_release(&lk); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return x;
}
