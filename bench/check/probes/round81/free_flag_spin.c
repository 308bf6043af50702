/* TRUTH: free — atomic_flag spinlock with acquire test_and_set and release clear */
#include <pthread.h>
#include <stdatomic.h>
atomic_flag f = ATOMIC_FLAG_INIT;
int x;
void *w(void *a) {
  while (atomic_flag_test_and_set_explicit(&f, memory_order_acquire)) ;
  x++;
  atomic_flag_clear_explicit(&f, memory_order_release);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return x;
}
