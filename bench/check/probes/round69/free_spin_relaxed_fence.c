/* TRUTH: free — relaxed exchange followed by an acquire fence synchronizes with the release store */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int l;
int g;
void *w(void *a) {
  while (atomic_exchange_explicit(&l, 1, memory_order_relaxed)) ; atomic_thread_fence(memory_order_acquire);
  g++;
  atomic_store_explicit(&l, 0, memory_order_release);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  printf("%d\n", g);
  return 0;
}
