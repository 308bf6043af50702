/* TRUTH: racy — parent writes x after creating the child, before joining */
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
void *child(void *arg) { x = 1; return 0; }
void *parent(void *arg) { pthread_t c; pthread_create(&c, 0, child, 0); x = 3; pthread_join(c, 0); return 0; }
int main(void) { pthread_t p; pthread_create(&p, 0, parent, 0); pthread_join(p, 0); return 0; }
