// free: spinlock via atomic_flag_test_and_set_explicit(acquire)/atomic_flag_clear_explicit(release).
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk = ATOMIC_FLAG_INIT;
int shared;
void *w(void *a) {
  while (atomic_flag_test_and_set_explicit(&lk, memory_order_acquire)) {}
  shared++;
  atomic_flag_clear_explicit(&lk, memory_order_release);
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
