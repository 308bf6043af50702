/* TRUTH: free — pick() memoizes one nondet choice; create iff pick, write iff !pick */
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
static int pick(void) { static int v = -1; if (v < 0) v = __VERIFIER_nondet_int() ? 1 : 0; return v; }
int main(void) {
  pthread_t h;
  if (pick()) pthread_create(&h, 0, t, 0);
  if (!pick()) x = 2;
  return 0;
}
