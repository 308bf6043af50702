/* TRUTH: free — t1 writes x then creates t2 which writes x */
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
void *t2(void *a) { if (__VERIFIER_nondet_int()) x = 2; return 0; }
void *t1(void *a) { pthread_t h2; x = 1; pthread_create(&h2, 0, t2, 0); pthread_join(h2, 0); return 0; }
int main(void) {
  pthread_t h1;
  pthread_create(&h1, 0, t1, 0);
  pthread_join(h1, 0);
  return 0;
}
