/* TRUTH: racy — pthread_equal(h, pthread_self()) reads h unordered with the create store */
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
int same;
void *t(void *p) { same = pthread_equal(h, pthread_self()); return 0; }
int main(void) {
  pthread_create(&h, 0, t, 0);
  pthread_join(h, 0);
  return same;
}
