/* TRUTH: free — thread writes result; main reads only after pthread_join */
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
int result;
void *compute(void *arg) {
  int x = __VERIFIER_nondet_int();
  assume_abort_if_not(x > 0 && x < 100);
  result = x * 2;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, compute, NULL);
  pthread_join(t, NULL);
  if (result % 2 != 0) reach_error();
  return 0;
}
