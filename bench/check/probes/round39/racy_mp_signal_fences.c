/* TRUTH: racy — atomic_signal_fence only orders against a signal handler in the same thread (C11 7.17.5); between threads the relaxed store/load of `ready` synchronize nothing, so the consumer's read of `payload` races with `payload = 42`. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static atomic_int ready;
static int payload;
static void *producer(void *arg) {
  (void)arg;
  payload = 42;
  atomic_signal_fence(memory_order_release);
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return NULL;
}
static void *consumer(void *arg) {
  (void)arg;
  while (!atomic_load_explicit(&ready, memory_order_relaxed))
    ;
  atomic_signal_fence(memory_order_acquire);
  if (payload != 42) reach_error();
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
