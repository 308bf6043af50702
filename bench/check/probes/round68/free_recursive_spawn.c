/* TRUTH: free — each level writes its own depth slot, spawns the next and joins it */
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
int depth_val[4];
void *level(void *arg) { long d = (long)arg; depth_val[d] = (int)d; if (d < 3) { pthread_t c; pthread_create(&c, 0, level, (void *)(d + 1)); pthread_join(c, 0); } return 0; }
int main(void) { pthread_t t; pthread_create(&t, 0, level, (void *)0); pthread_join(t, 0); assert(depth_val[3] == 3); return 0; }
