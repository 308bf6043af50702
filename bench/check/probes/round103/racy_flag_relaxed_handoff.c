/* TRUTH: racy — 'ready' is atomic but stored/loaded relaxed, so the plain 'payload' write does not happen-before the read */
#include <pthread.h>
#include <stdatomic.h>

int payload;
atomic_int ready;

void *producer(void *arg) {
  payload = 7;
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return 0;
}

void *consumer(void *arg) {
  while (!atomic_load_explicit(&ready, memory_order_relaxed)) {}
  return (void *)(long)payload;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
