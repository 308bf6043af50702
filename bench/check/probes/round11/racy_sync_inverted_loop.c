// racy: while (!__sync_lock_test_and_set(&lk,1)) exits only when lk was already 1, i.e. someone else holds the lock.
#include <pthread.h>
volatile int lk;
int shared;
void *w(void *a) {
  while (!__sync_lock_test_and_set(&lk, 1)) {}
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
