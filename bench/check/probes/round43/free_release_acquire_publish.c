/* TRUTH: free — release store of ready / acquire load that reads 1 orders producer's payload write before consumer's read */
#include <pthread.h>
#include <stdatomic.h>
int payload;
atomic_int ready;
void *producer(void *a) { payload = 123; atomic_store_explicit(&ready, 1, memory_order_release); return 0; }
void *consumer(void *a) {
  while (!atomic_load_explicit(&ready, memory_order_acquire)) { }
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
