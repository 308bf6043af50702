/* TRUTH: racy — CAS spin lock with relaxed orders on both acquire and release */
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
void *thread1(void *arg) {
  int e = 0;
  while (!atomic_compare_exchange_weak_explicit(&lk, &e, 1, memory_order_relaxed, memory_order_relaxed)) e = 0;
  x = x + 1;
  atomic_store_explicit(&lk, 0, memory_order_relaxed);
  return 0;
}
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread1, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
