// racy (C11): CAS lock acquired and released with memory_order_relaxed gives exclusion but no happens-before between sections.
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int shared;
void *w(void *a) {
  int expected = 0;
  while (!atomic_compare_exchange_weak_explicit(&lk, &expected, 1, memory_order_relaxed, memory_order_relaxed)) expected = 0;
  shared++;
  atomic_store_explicit(&lk, 0, memory_order_relaxed);
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
