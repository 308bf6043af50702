/* TRUTH: free — __sync_lock_test_and_set (acquire) and __sync_lock_release (release) form a lock */
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
void *thread1(void *arg) {
  while (__sync_lock_test_and_set(&lk, 1)) ;
  x++;
  __sync_lock_release(&lk);
  return 0;
}
int main(void) { pthread_t a, b; pthread_create(&a, 0, thread1, 0); pthread_create(&b, 0, thread1, 0); pthread_join(a, 0); pthread_join(b, 0); return 0; }
