/* TRUTH: racy — unlock is a relaxed store, so the next acquirer does not synchronize with the previous holder */
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
atomic_int lk; int x;
void lock(void) { while (atomic_exchange_explicit(&lk, 1, memory_order_acquire)) ; }
void unlock(void) { atomic_store_explicit(&lk, 0, memory_order_relaxed); }
void *thread1(void *arg) { lock(); x++; unlock(); return 0; }
void *thread2(void *arg) { lock(); x++; unlock(); return 0; }
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread2, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
