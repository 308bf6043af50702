/* TRUTH: racy — producer uses an ACQUIRE fence and consumer a RELEASE fence (swapped), which gives no synchronization; payload read races with payload write */
#include <pthread.h>
#include <stdatomic.h>
int payload;
atomic_int ready;
void *producer(void *a) {
  payload = 55;
  atomic_thread_fence(memory_order_acquire);
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return 0;
}
void *consumer(void *a) {
  while (atomic_load_explicit(&ready, memory_order_relaxed) == 0) { }
  atomic_thread_fence(memory_order_release);
  return (void *)(long)payload;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0); pthread_join(c, 0);
  return 0;
}
