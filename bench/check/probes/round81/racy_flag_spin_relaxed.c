/* TRUTH: racy — atomic_flag spinlock with relaxed test_and_set / clear gives mutual exclusion but no happens-before: x++ in two threads races */
#include <pthread.h>
#include <stdatomic.h>
atomic_flag f = ATOMIC_FLAG_INIT;
int x;
void *w(void *a) {
  while (atomic_flag_test_and_set_explicit(&f, memory_order_relaxed)) ;
  x++;
  atomic_flag_clear_explicit(&f, memory_order_relaxed);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return x;
}
