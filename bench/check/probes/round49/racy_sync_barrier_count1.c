/* TRUTH: racy — barrier of count 1 never waits, no ordering */
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
pthread_barrier_t b;
void *ta(void *p) { x = 1; pthread_barrier_wait(&b); return 0; }
void *tb(void *p) { pthread_barrier_wait(&b); x = 2; return 0; }
int main(void) {
  pthread_t ha, hb;
  pthread_barrier_init(&b, 0, 1);
  pthread_create(&ha, 0, ta, 0);
  pthread_create(&hb, 0, tb, 0);
  pthread_join(ha, 0);
  pthread_join(hb, 0);
  return 0;
}
