/* TRUTH: free — main writes x only after having joined t (j=1) */
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
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t h;
  int j = 0;
  pthread_create(&h, 0, t, 0);
  if (__VERIFIER_nondet_int()) { pthread_join(h, 0); j = 1; }
  if (j) x = 2;
  return 0;
}
