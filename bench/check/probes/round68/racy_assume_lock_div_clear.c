/* TRUTH: racy — thread3 clears lk with lk /= 2 (1/2 == 0) while not holding it */
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
int lk; int x;
void acquire(void) { __VERIFIER_atomic_begin(); __VERIFIER_assume(lk == 0); lk = 1; __VERIFIER_atomic_end(); }
void release(void) { __VERIFIER_atomic_begin(); lk = 0; __VERIFIER_atomic_end(); }
void *thread1(void *arg) { acquire(); x++; release(); return 0; }
void *thread3(void *arg) { __VERIFIER_atomic_begin(); lk /= 2; __VERIFIER_atomic_end(); return 0; }
int main(void) { pthread_t a, b, c; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread1, 0); pthread_create(&c, 0, thread3, 0); pthread_join(a, 0); pthread_join(b, 0); pthread_join(c, 0); return 0; }
