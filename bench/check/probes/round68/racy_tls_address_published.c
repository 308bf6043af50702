/* TRUTH: racy — main publishes the address of its own thread-local instance; worker writes it through the pointer while main writes tl directly */
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
_Thread_local int tl; int *shared;
void *worker(void *arg) { *shared = 5; return 0; }
int main(void) { pthread_t a; shared = &tl; pthread_create(&a, 0, worker, 0); tl = 7; pthread_join(a, 0); return 0; }
