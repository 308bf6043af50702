/* TRUTH: racy — worker writes *gp while main reads it before joining */
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
int *gp;
void *worker(void *arg) { *gp = 3; return 0; }
int main(void) { pthread_t a; gp = malloc(sizeof(int)); *gp = 0; pthread_create(&a, 0, worker, 0); int v = *gp; pthread_join(a, 0); free(gp); return v; }
