/* TRUTH: free — barrier (count 2) in helper separates x = 1 and x = 2 */
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
static void rendezvous(void) { pthread_barrier_wait(&b); }
void *ta(void *p) { x = 1; rendezvous(); return 0; }
void *tb(void *p) { rendezvous(); x = 2; return 0; }
int main(void) {
  pthread_t ha, hb;
  pthread_barrier_init(&b, 0, 2);
  pthread_create(&ha, 0, ta, 0);
  pthread_create(&hb, 0, tb, 0);
  pthread_join(ha, 0);
  pthread_join(hb, 0);
  return 0;
}
