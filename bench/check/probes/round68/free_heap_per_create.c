/* TRUTH: free — a fresh allocation per create in the loop */
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
void *worker(void *arg) { int *p = arg; p[0] += 1; free(p); return 0; }
int main(void) { pthread_t t[2]; for (int i = 0; i < 2; i++) { int *p = malloc(sizeof(int)); *p = i; pthread_create(&t[i], 0, worker, p); } for (int i = 0; i < 2; i++) pthread_join(t[i], 0); return 0; }
