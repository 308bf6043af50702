/* TRUTH: racy — case 0 falls through: both threads created */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
int x;
void *t1(void *a) { x = 1; return 0; }
void *t2(void *a) { x = 2; return 0; }
int main(void) {
  pthread_t h1, h2;
  switch (__VERIFIER_nondet_int()) {
  case 0: pthread_create(&h1, 0, t1, 0);
  case 1: pthread_create(&h2, 0, t2, 0); break;
  default: break;
  }
  return 0;
}
