/* TRUTH: free — a zero-width bit-field separates a and b into distinct memory locations */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
struct { int a : 4; int : 0; int b : 4; } s;
void *t(void *a) {
  if (__VERIFIER_nondet_int()) s.a = 1;
  return 0;
}
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  s.b = 2;
  pthread_join(h, 0);
  return 0;
}
