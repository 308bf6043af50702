// free: spinlock via __atomic_test_and_set(ACQUIRE) / __atomic_clear(RELEASE) on a bool.
#include <pthread.h>
#include <stdbool.h>
bool lk;
int shared;
void *w(void *a) {
  while (__atomic_test_and_set(&lk, __ATOMIC_ACQUIRE)) {}
  shared++;
  __atomic_clear(&lk, __ATOMIC_RELEASE);
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
