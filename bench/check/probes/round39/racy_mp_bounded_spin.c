/* TRUTH: racy — the consumer gives up spinning after 1000 tries and reads `payload` anyway (the acquire fence then orders nothing if ready was not seen), so its read can race with the producer's `payload = 42`. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static atomic_int ready;
static int payload;
static void *producer(void *arg) {
  (void)arg;
  payload = 42;
  atomic_thread_fence(memory_order_release);
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return NULL;
}
static void *consumer(void *arg) {
  (void)arg;
  int tries = 0;
  while (!atomic_load_explicit(&ready, memory_order_relaxed) && tries < 1000)
    tries++;
  atomic_thread_fence(memory_order_acquire);
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
