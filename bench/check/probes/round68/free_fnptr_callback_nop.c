/* TRUTH: free — op is only ever nop, x written only by main */
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
void inc(void) { x++; }
void nop(void) { }
void (*op)(void) = nop;
void *worker(void *arg) { op(); return 0; }
int main(void) { pthread_t a; pthread_create(&a, 0, worker, 0); x = 5; pthread_join(a, 0); inc(); return 0; }
