/* TRUTH: racy — payload is published with a relaxed store of 'ready' and consumed after a relaxed load: no happens-before */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct msg { int id; double value; } payload;
atomic_int ready;

static void *producer(void *arg) {
  (void)arg;
  payload.id = 7;
  payload.value = 3.5;
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return NULL;
}

static void *consumer(void *arg) {
  double *out = arg;
  while (!atomic_load_explicit(&ready, memory_order_relaxed))
    ;
  *out = payload.value * payload.id;
  return NULL;
}

int main(void) {
  pthread_t p, c;
  double out = 0;
  pthread_create(&c, NULL, consumer, &out);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  printf("%f\n", out);
  return 0;
}
