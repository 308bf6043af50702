/* Race-free: the producer writes payload then does a release store of ready; the consumer reads payload only after an acquire load sees ready==1. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
int payload;
atomic_int ready;
void *producer(void *arg) {
  (void)arg;
  payload = 42 + rand() % 3;
  atomic_store_explicit(&ready, 1, memory_order_release);
  return NULL;
}
void *consumer(void *arg) {
  (void)arg;
  while (atomic_load_explicit(&ready, memory_order_acquire) == 0) { }
  printf("%d\n", payload);
  return NULL;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&c, NULL, consumer, NULL);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
