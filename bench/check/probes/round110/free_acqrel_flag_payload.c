/* TRUTH: free — payload written before a release store of 'ready'; consumer spins on an acquire load, then reads and rewrites payload */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct msg { int id; double value; } payload;
atomic_int ready;

static void *producer(void *arg) {
  (void)arg;
  payload.id = 7;
  payload.value = 3.5;
  atomic_store_explicit(&ready, 1, memory_order_release);
  return NULL;
}

static void *consumer(void *arg) {
  double *out = arg;
  while (!atomic_load_explicit(&ready, memory_order_acquire))
    ;
  *out = payload.value * payload.id;
  payload.id = 0;
  return NULL;
}

int main(void) {
  pthread_t p, c;
  double out = 0;
  pthread_create(&c, NULL, consumer, &out);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  printf("%f %d\n", out, payload.id);
  return 0;
}
