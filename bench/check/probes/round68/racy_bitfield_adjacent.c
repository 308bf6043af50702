/* TRUTH: racy — adjacent bit-fields a and b are one memory location */
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
struct S { unsigned a : 4; unsigned b : 4; } s;
void *thread1(void *arg) { s.a = 1; return 0; }
void *thread2(void *arg) { s.b = 2; return 0; }
int main(void) { pthread_t x, y; pthread_create(&x, 0, thread1, 0); pthread_create(&y, 0, thread2, 0); pthread_join(x, 0); pthread_join(y, 0); return 0; }
