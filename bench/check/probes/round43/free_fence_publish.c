/* TRUTH: free — release fence before the relaxed store and acquire fence after the relaxed load that saw 1 give fence-fence synchronization: payload write happens before the read */
#include <pthread.h>
#include <stdatomic.h>
int payload;
atomic_int ready;
void *producer(void *a) {
  payload = 55;
  atomic_thread_fence(memory_order_release);
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return 0;
}
void *consumer(void *a) {
  while (atomic_load_explicit(&ready, memory_order_relaxed) == 0) { }
  atomic_thread_fence(memory_order_acquire);
  return (void *)(long)payload;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0); pthread_join(c, 0);
  return 0;
}
