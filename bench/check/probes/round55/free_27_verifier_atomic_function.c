/* TRUTH: free — SV-COMP convention: functions named __VERIFIER_atomic_* execute atomically; all accesses to x go through them */
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
int x;
void __VERIFIER_atomic_incr(void) { x = x + 1; }
int __VERIFIER_atomic_get(void) { return x; }
void *worker(void *arg) { __VERIFIER_atomic_incr(); return NULL; }
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, NULL);
  int v = __VERIFIER_atomic_get();
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  if (v > 2) reach_error();
  return 0;
}
