/* TRUTH: free — inner.a is a bit-field inside a nested struct member; b is a bit-field of the outer struct after it: not one sequence */
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
struct S { struct { unsigned a : 4; } inner; unsigned b : 4; } s;
void *thread1(void *arg) { s.inner.a = 1; return 0; }
void *thread2(void *arg) { s.b = 2; return 0; }
int main(void) { pthread_t x, y; pthread_create(&x, 0, thread1, 0); pthread_create(&y, 0, thread2, 0); pthread_join(x, 0); pthread_join(y, 0); return 0; }
