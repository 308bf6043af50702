/* TRUTH: racy — destructor runs at exit while the unjoined worker may still write x */
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
__attribute__((destructor)) static void fini(void) { x = 2; }
void *worker(void *arg) { x = 1; return 0; }
int main(void) { pthread_t a; pthread_create(&a, 0, worker, 0); return 0; }
