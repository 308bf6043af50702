/* TRUTH: racy. Same hand-off with relaxed flag operations: the payload write does not
   happen-before the payload read. */
#include <pthread.h>
#include <stdatomic.h>
int payload;
atomic_int ready;
void *producer(void *arg) {
  payload = 42;
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return NULL;
}
void *consumer(void *arg) {
  while (!atomic_load_explicit(&ready, memory_order_relaxed)) ;
  return (void *)(long)payload;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&c, NULL, consumer, NULL);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
