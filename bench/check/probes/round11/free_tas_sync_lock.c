// free: spinlock via __sync_lock_test_and_set / __sync_lock_release protects shared.
#include <pthread.h>
volatile int lk;
int shared;
static void spin_lock(volatile int *l) { while (__sync_lock_test_and_set(l, 1)) {} }
static void spin_unlock(volatile int *l) { __sync_lock_release(l); }
void *w(void *a) {
  spin_lock(&lk);
  shared += 2;
  spin_unlock(&lk);
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
