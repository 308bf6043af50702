/* TRUTH: racy — t writes h while main reads it for pthread_join */
#include <pthread.h>
#include <semaphore.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <limits.h>
extern int __VERIFIER_nondet_int(void);
extern _Bool __VERIFIER_nondet_bool(void);
extern void __VERIFIER_assume(int);
void assume_abort_if_not(int c) { if (!c) abort(); }
pthread_t h;
void *t(void *p) { h = pthread_self(); return 0; }
int main(void) {
  pthread_create(&h, 0, t, 0);
  pthread_join(h, 0);
  return 0;
}
