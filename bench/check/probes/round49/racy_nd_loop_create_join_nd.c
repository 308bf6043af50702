/* TRUTH: racy — join under a second nondet branch may be skipped */
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
  for (int i = 0; i < 3; i++) {
    if (__VERIFIER_nondet_int()) { pthread_create(&h, 0, t, 0); if (__VERIFIER_nondet_int()) pthread_join(h, 0); }
    x = 2;
  }
  return 0;
}
