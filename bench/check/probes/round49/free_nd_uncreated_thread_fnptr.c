/* TRUTH: free — t2 is never started (table entry 1 unused); t1 writes y only */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
int x, y;
void *t1(void *a) { y = 1; return 0; }
void *t2(void *a) { if (__VERIFIER_nondet_int()) x = 3; return 0; }
void *(*fns[2])(void *) = { t1, t2 };
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, fns[0], 0);
  x = 2;
  pthread_join(h, 0);
  return 0;
}
