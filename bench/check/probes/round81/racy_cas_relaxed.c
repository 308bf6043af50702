/* TRUTH: racy — CAS spinlock with relaxed success order and relaxed unlock store: no happens-before between critical sections */
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int x;
void *w(void *a) {
  int e = 0;
  while (!atomic_compare_exchange_weak_explicit(&lk, &e, 1, memory_order_relaxed, memory_order_relaxed)) e = 0;
  x++;
  atomic_store_explicit(&lk, 0, memory_order_relaxed);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return x;
}
