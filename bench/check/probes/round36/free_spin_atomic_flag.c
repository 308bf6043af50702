/* TRUTH: free — a spinlock on atomic_flag: lock = while (atomic_flag_test_and_set_explicit(&lk, acquire)); unlock = atomic_flag_clear_explicit(&lk, release). The clear synchronizes with the next successful TAS, so both threads' shared_total += v are mutually exclusive and ordered. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_flag lk = ATOMIC_FLAG_INIT;
static int shared_total;
static void *t(void *p) {
  while (atomic_flag_test_and_set_explicit(&lk, memory_order_acquire)) ;
  shared_total += (int)(long)p;
  atomic_flag_clear_explicit(&lk, memory_order_release);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1L);
  pthread_create(&b, 0, t, (void *)2L);
  pthread_join(a, 0); pthread_join(b, 0);
  return shared_total;
}
