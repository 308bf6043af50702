/* TRUTH: racy — create and join are guarded by two independent nondet values */
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
void *worker(void *arg) { x = 1; return 0; }
int main(void) { pthread_t a; int c = __VERIFIER_nondet_int(); int d = __VERIFIER_nondet_int(); if (c) pthread_create(&a, 0, worker, 0); if (c && d) pthread_join(a, 0); x = 2; return 0; }
