/* TRUTH: racy — n=-1 converts to a huge size_t so n < sizeof(int) is false; main skips the join and writes x concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#include <stdlib.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void reach_error(void);
int x;
void *thread1(void *arg) { x = 1; return 0; }
int main(void) { pthread_t a; int n = -1; pthread_create(&a, 0, thread1, 0);
  if (n < sizeof(int)) pthread_join(a, 0);
  x = 2; return 0; }
