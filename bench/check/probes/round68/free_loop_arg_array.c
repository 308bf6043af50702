/* TRUTH: free — each worker reads its own ids[i], written before its creation */
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
void *worker(void *arg) { int id = *(int *)arg; slot[id] = 1; return 0; }
int main(void) { pthread_t t[3]; int ids[3]; for (int i = 0; i < 3; i++) { ids[i] = i; pthread_create(&t[i], 0, worker, &ids[i]); } for (int i = 0; i < 3; i++) pthread_join(t[i], 0); return 0; }
