/* TRUTH: free — assume-wait on atomic flag in helper precedes x = 2 */
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
void *ta(void *p) { x = 1; atomic_store(&f, 1); return 0; }
static void await_flag(void) { __VERIFIER_assume(atomic_load(&f) == 1); }
void *tb(void *p) { await_flag(); x = 2; return 0; }
int main(void) {
  pthread_t ha, hb;
  sem_init(&s, 0, 0);
  pthread_create(&ha, 0, ta, 0);
  pthread_create(&hb, 0, tb, 0);
  pthread_join(ha, 0);
  pthread_join(hb, 0);
  return 0;
}
