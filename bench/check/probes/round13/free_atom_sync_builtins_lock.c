/* race-free: __sync_lock_test_and_set (acquire) / __sync_lock_release (release) spin lock guards g */
#include <pthread.h>
#include <assert.h>
volatile int lk;
int g;
void *w(void *p) {
  (void)p;
  for (int i = 0; i < 10; i++) {
    while (__sync_lock_test_and_set(&lk, 1)) ;
    g += 2;
    __sync_lock_release(&lk);
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(g == 40);
  return 0;
}
