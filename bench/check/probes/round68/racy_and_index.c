/* TRUTH: racy — ids 2 and 6 both map to slot[2] by id&3 */
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
int slot[4];
void *worker(void *arg) { long id = (long)arg; slot[id & 3] = (int)id; return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, worker, (void *)2); pthread_create(&b, 0, worker, (void *)6); pthread_join(a, 0); pthread_join(b, 0); return 0; }
