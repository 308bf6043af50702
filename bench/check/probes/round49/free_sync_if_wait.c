/* TRUTH: free — x = 2 inside if on sem_wait result, after the wait */
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
void *ta(void *p) { x = 1; sem_post(&s); return 0; }
void *tb(void *p) { if (sem_wait(&s) == 0) x = 2; return 0; }
int main(void) {
  pthread_t ha, hb;
  sem_init(&s, 0, 0);
  pthread_create(&ha, 0, ta, 0);
  pthread_create(&hb, 0, tb, 0);
  pthread_join(ha, 0);
  pthread_join(hb, 0);
  return 0;
}
