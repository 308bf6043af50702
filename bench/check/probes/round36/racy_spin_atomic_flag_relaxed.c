/* TRUTH: racy — the spinlock TAS is memory_order_relaxed: a relaxed test-and-set that acquires the flag does not synchronize with the previous holder's release clear, so the second holder's shared_total += v is not ordered after the first's: the two plain read-modify-writes race (mutual exclusion in time but no happens-before). */
#include <pthread.h>
#include <stdatomic.h>
static atomic_flag lk = ATOMIC_FLAG_INIT;
static int shared_total;
static void *t(void *p) {
  while (atomic_flag_test_and_set_explicit(&lk, memory_order_relaxed)) ;
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
