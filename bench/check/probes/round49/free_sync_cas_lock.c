/* TRUTH: free — hand-rolled CAS spinlock protects x in both threads */
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
static void lk(void) { int z; do { z = 0; } while (!atomic_compare_exchange_weak(&f, &z, 1)); }
static void ulk(void) { atomic_store(&f, 0); }
void *ta(void *p) { lk(); x++; ulk(); return 0; }
void *tb(void *p) { lk(); x++; ulk(); return 0; }
int main(void) {
  pthread_t ha, hb;
  pthread_create(&ha, 0, ta, 0);
  pthread_create(&hb, 0, tb, 0);
  pthread_join(ha, 0);
  pthread_join(hb, 0);
  return 0;
}
