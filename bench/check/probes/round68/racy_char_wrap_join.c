/* TRUTH: racy — unsigned char c = 256 is 0, so the join is skipped */
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
int main(void) { pthread_t a; unsigned char c = 256; pthread_create(&a, 0, thread1, 0);
  if (c) pthread_join(a, 0);
  x = 2; return 0; }
