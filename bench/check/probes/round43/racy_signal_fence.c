/* TRUTH: racy — atomic_signal_fence only orders against a signal handler in the same thread, not between threads; with relaxed flag accesses payload's write and read are unordered */
#include <pthread.h>
#include <stdatomic.h>
int payload;
atomic_int ready;
void *producer(void *a) {
  payload = 55;
  atomic_signal_fence(memory_order_seq_cst);
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return 0;
}
void *consumer(void *a) {
  while (atomic_load_explicit(&ready, memory_order_relaxed) == 0) { }
  atomic_signal_fence(memory_order_seq_cst);
  return (void *)(long)payload;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0); pthread_join(c, 0);
  return 0;
}
