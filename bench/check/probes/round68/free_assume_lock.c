/* TRUTH: free — assume(lk==0); lk=1 in an atomic section is a lock; both critical sections hold it */
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
void *thread2(void *arg) { acquire(); x--; release(); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
