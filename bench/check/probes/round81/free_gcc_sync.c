/* TRUTH: free — __sync_lock_test_and_set (acquire barrier) / __sync_lock_release (release barrier) spinlock */
#include <pthread.h>
int lk;
int x;
void *w(void *a) {
  while (__sync_lock_test_and_set(&lk, 1)) ;
  x++;
  __sync_lock_release(&lk);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return x;
}
