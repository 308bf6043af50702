/* TRUTH: racy — one allocation is handed to both workers, both write p[0] */
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
void *worker(void *arg) { int *p = arg; p[0] += 1; return 0; }
int main(void) { pthread_t t[2]; int *p = malloc(sizeof(int)); *p = 0; for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, worker, p); for (int i = 0; i < 2; i++) pthread_join(t[i], 0); free(p); return 0; }
