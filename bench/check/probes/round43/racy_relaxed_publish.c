/* TRUTH: racy — ready is stored/loaded with memory_order_relaxed, which creates no happens-before; consumer's read of payload races with producer's write */
#include <pthread.h>
#include <stdatomic.h>
int payload;
atomic_int ready;
void *producer(void *a) { payload = 123; atomic_store_explicit(&ready, 1, memory_order_relaxed); return 0; }
void *consumer(void *a) {
  while (!atomic_load_explicit(&ready, memory_order_relaxed)) { }
  int v = payload;
  return (void *)(long)v;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0); pthread_join(c, 0);
  return 0;
}
