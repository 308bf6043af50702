/* TRUTH: free — all accesses to x are inside __VERIFIER_atomic_begin/end sections (SV-COMP atomic semantics) */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
int x = 0;
void *inc(void *arg) {
  __VERIFIER_atomic_begin();
  int t = x;
  x = t + 1;
  __VERIFIER_atomic_end();
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, inc, NULL);
  pthread_create(&b, NULL, inc, NULL);
  __VERIFIER_atomic_begin();
  int v = x;
  __VERIFIER_atomic_end();
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (v > 2) reach_error();
  return 0;
}
