/* TRUTH: free — tb waits on a semaphore nobody posts; its access never runs */
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
sem_t s;
atomic_int f;
void *tb(void *p) { sem_wait(&s); if (__VERIFIER_nondet_int()) x = 1; return 0; }
int main(void) {
  pthread_t hb;
  sem_init(&s, 0, 0);
  pthread_create(&hb, 0, tb, 0);
  x = 2;
  return 0;
}
