// racy: TAS lock released by a plain store lk = 0, which races with other threads' __sync_lock_test_and_set on lk.
#include <pthread.h>
int lk;
int shared;
void *w(void *a) {
  while (__sync_lock_test_and_set(&lk, 1)) {}
  shared += 2;
  lk = 0;
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
