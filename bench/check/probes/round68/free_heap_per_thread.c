/* TRUTH: free — each worker allocates and writes its own buffer */
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
int *keep[2];
void *worker(void *arg) { long id = (long)arg; int *p = malloc(4 * sizeof(int)); for (int i = 0; i < 4; i++) p[i] = i; keep[id] = p; return 0; }
int main(void) { pthread_t t[2]; for (long i = 0; i < 2; i++) pthread_create(&t[i], 0, worker, (void *)i); for (int i = 0; i < 2; i++) pthread_join(t[i], 0); return keep[0][1] + keep[1][2] == 3 ? 0 : 1; }
