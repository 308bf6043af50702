// racy: atomic_flag spinlock with relaxed test_and_set and relaxed clear gives mutual exclusion but no happens-before (C11 race on shared).
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk = ATOMIC_FLAG_INIT;
int shared;
void *w(void *a) {
  while (atomic_flag_test_and_set_explicit(&lk, memory_order_relaxed)) {}
  shared++;
  atomic_flag_clear_explicit(&lk, memory_order_relaxed);
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
