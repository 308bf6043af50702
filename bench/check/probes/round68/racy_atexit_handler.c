/* TRUTH: racy — main returns without joining; exit runs the atexit handler, which writes x while the worker may still write it */
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
void cleanup(void) { x = 2; }
void *worker(void *arg) { x = 1; return 0; }
int main(void) { pthread_t a; atexit(cleanup); pthread_create(&a, 0, worker, 0); return 0; }
