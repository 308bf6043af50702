/* TRUTH: racy. Release/acquire flag, but the consumer reads the payload BEFORE waiting
   for the flag. */
#include <pthread.h>
#include <stdatomic.h>
int payload;
atomic_int ready;
void *producer(void *arg) {
  payload = 42;
  atomic_store_explicit(&ready, 1, memory_order_release);
  return NULL;
}
void *consumer(void *arg) {
  int v = payload;
  while (!atomic_load_explicit(&ready, memory_order_acquire)) ;
  return (void *)(long)v;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&c, NULL, consumer, NULL);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
