/* TRUTH: racy. Threads use different elements of the lock-word array (lk[id]) to guard
   the same x. */
#include <pthread.h>
#include <stdlib.h>
#include <stdint.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
int lk[2];
int x;
void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  __VERIFIER_atomic_begin(); assume_abort_if_not(lk[id] == 0); lk[id] = 1; __VERIFIER_atomic_end();
  x = x + 1;
  __VERIFIER_atomic_begin(); lk[id] = 0; __VERIFIER_atomic_end();
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)0);
  pthread_create(&b, NULL, worker, (void *)1);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return x;
}
