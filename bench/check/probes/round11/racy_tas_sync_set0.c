// racy: __sync_lock_test_and_set(l, 0) stores 0, so the lock is never taken; both threads enter.
#include <pthread.h>
volatile int lk;
int shared;
void *w(void *a) {
  while (__sync_lock_test_and_set(&lk, 0)) {}
  shared += 2;
  __sync_lock_release(&lk);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return shared;
}
