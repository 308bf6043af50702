/* TRUTH: free — t2 created after h1 store (branch-created); t2 reads h1 only if set */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
pthread_t h1, h2;
int made;
unsigned long seen;
void *t1(void *p) { return 0; }
void *t2(void *p) { if (made) seen = (unsigned long)h1; return 0; }
int main(void) {
  if (__VERIFIER_nondet_int()) { pthread_create(&h1, 0, t1, 0); made = 1; }
  pthread_create(&h2, 0, t2, 0);
  pthread_join(h2, 0);
  return 0;
}
