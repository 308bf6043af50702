/* TRUTH: free. Payload written, then flag stored with release; consumer spins on an
   acquire load and only then reads the payload. */
#include <pthread.h>
#include <stdatomic.h>
int payload[4];
atomic_int ready;
void *producer(void *arg) {
  for (int i = 0; i < 4; i++) payload[i] = i + 1;
  atomic_store_explicit(&ready, 1, memory_order_release);
  return NULL;
}
void *consumer(void *arg) {
  while (!atomic_load_explicit(&ready, memory_order_acquire)) ;
  long s = payload[0] + payload[3];
  return (void *)s;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&c, NULL, consumer, NULL);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
