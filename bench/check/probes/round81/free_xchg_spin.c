/* TRUTH: free — xchg spinlock with acquire exchange and release unlock */
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int x;
void *w(void *a) {
  while (atomic_exchange_explicit(&lk, 1, memory_order_acquire)) ;
  x++;
  atomic_store_explicit(&lk, 0, memory_order_release);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return x;
}
