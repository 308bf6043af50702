/* TRUTH: racy — the fast path of try_update writes value without taking the test-and-set spinlock that the slow path and the other thread use */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int lk;
int value;
static void lock(void) { while (__sync_lock_test_and_set(&lk, 1)) ; }
static void unlock(void) { __sync_lock_release(&lk); }
void *try_update(void *a)
{
  if (__VERIFIER_nondet_int()) {
    value = 1;
    return 0;
  }
  lock();
  value = 2;
  unlock();
  return 0;
}
void *locked_update(void *a)
{
  lock();
  value += 10;
  unlock();
  return 0;
}
int main(void)
{
  pthread_t x, y;
  pthread_create(&x, 0, try_update, 0);
  pthread_create(&y, 0, locked_update, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return value;
}
