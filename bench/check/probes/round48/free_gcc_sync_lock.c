/* TRUTH: free — __sync_lock_test_and_set (acquire) / __sync_lock_release (release) form a spin lock around each x++ */
#include <pthread.h>
int x; int lk;
void *t(void *a) {
  while (__sync_lock_test_and_set(&lk, 1)) ;
  x++;
  __sync_lock_release(&lk);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
