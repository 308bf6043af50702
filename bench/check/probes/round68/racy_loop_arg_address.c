/* TRUTH: racy — workers read *(&i) while main increments i */
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
int slot[3];
void *worker(void *arg) { int id = *(int *)arg; slot[id % 3] = 1; return 0; }
int main(void) { pthread_t t[3]; int i; for (i = 0; i < 3; i++) pthread_create(&t[i], 0, worker, &i); for (i = 0; i < 3; i++) pthread_join(t[i], 0); return 0; }
