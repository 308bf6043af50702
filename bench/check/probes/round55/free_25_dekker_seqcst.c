/* TRUTH: free — Dekker's algorithm with seq_cst atomics for wants/turn guarding plain critical variable */
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
atomic_int want0, want1, turn;
int crit;
void *p0(void *arg) {
  atomic_store(&want0, 1);
  while (atomic_load(&want1)) {
    if (atomic_load(&turn) != 0) {
      atomic_store(&want0, 0);
      while (atomic_load(&turn) != 0) ;
      atomic_store(&want0, 1);
    }
  }
  crit++;
  atomic_store(&turn, 1);
  atomic_store(&want0, 0);
  return NULL;
}
void *p1(void *arg) {
  atomic_store(&want1, 1);
  while (atomic_load(&want0)) {
    if (atomic_load(&turn) != 1) {
      atomic_store(&want1, 0);
      while (atomic_load(&turn) != 1) ;
      atomic_store(&want1, 1);
    }
  }
  crit++;
  atomic_store(&turn, 0);
  atomic_store(&want1, 0);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, p0, NULL);
  pthread_create(&b, NULL, p1, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  if (crit != 2) reach_error();
  return 0;
}
