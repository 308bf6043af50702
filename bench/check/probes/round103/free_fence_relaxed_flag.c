/* TRUTH: free — release fence before a relaxed store, acquire fence after the relaxed load that saw it: fence synchronization orders 'data' */
#include <pthread.h>
#include <stdatomic.h>

int data;
atomic_int flag;

void *producer(void *arg) {
  data = 42;
  atomic_thread_fence(memory_order_release);
  atomic_store_explicit(&flag, 1, memory_order_relaxed);
  return 0;
}

void *consumer(void *arg) {
  while (!atomic_load_explicit(&flag, memory_order_relaxed)) {}
  atomic_thread_fence(memory_order_acquire);
  return (void *)(long)data;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
