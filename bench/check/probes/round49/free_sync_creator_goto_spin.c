/* TRUTH: free — main goto-spins on t1 flag before creating t2 */
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
atomic_int f;
void *t1(void *p) { x = 1; atomic_store(&f, 1); return 0; }
void *t2(void *p) { x = 2; return 0; }
int main(void) {
  pthread_t h1, h2;
  pthread_create(&h1, 0, t1, 0);
w:
  if (!atomic_load(&f)) goto w;
  pthread_create(&h2, 0, t2, 0);
  pthread_join(h1, 0);
  pthread_join(h2, 0);
  return 0;
}
