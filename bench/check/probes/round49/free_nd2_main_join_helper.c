/* TRUTH: free — x = 2 follows a helper that joins t */
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
pthread_t h;
void *t(void *a) { x = 1; return 0; }
static void finish_t(void) { pthread_join(h, 0); }
int main(void) {
  pthread_create(&h, 0, t, 0);
  if (__VERIFIER_nondet_int()) { finish_t(); x = 2; return 0; }
  pthread_join(h, 0);
  return 0;
}
