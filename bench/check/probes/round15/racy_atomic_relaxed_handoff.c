/* Racy: the flag uses only relaxed order, which creates no happens-before, so payload's write and read are unordered. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
int payload;
atomic_int ready;
void *producer(void *arg) {
  (void)arg;
  payload = 7;
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return NULL;
}
void *consumer(void *arg) {
  (void)arg;
  while (atomic_load_explicit(&ready, memory_order_relaxed) == 0) { }
  printf("%d\n", payload);
  return NULL;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
