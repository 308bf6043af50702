/* TRUTH: racy — main reads result before joining the thread that writes it */
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
  result = 42;
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, compute, NULL);
  int r = result;
  pthread_join(t, NULL);
  if (r != 0 && r != 42) reach_error();
  return 0;
}
