/* TRUTH: free — each worker writes its own slot by its distinct index */
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
void *worker(void *arg) { long id = (long)arg; slot[id] = (int)id + 10; return 0; }
int main(void) { pthread_t t[3]; for (long i = 0; i < 3; i++) pthread_create(&t[i], 0, worker, (void *)i); for (int i = 0; i < 3; i++) pthread_join(t[i], 0); assert(slot[2] == 12); return 0; }
