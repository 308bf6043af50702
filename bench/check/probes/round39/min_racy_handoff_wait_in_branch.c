/* TRUTH: racy — the consumer spins on `ready` only when argc > 5 (normally false): without the wait its read of `payload` races with the producer's `payload = 42`. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int ready;
static int payload;
static int out;
static void *producer(void *p) {
  (void)p;
  payload = 42;
  atomic_store_explicit(&ready, 1, memory_order_release);
  return 0;
}
static void *consumer(void *p) {
  long strict = (long)p;
  if (strict)
    while (!atomic_load_explicit(&ready, memory_order_acquire))
      ;
  out = payload;
  return 0;
}
int main(int argc, char **argv) {
  (void)argv;
  pthread_t a, b;
  pthread_create(&b, 0, consumer, (void *)(long)(argc > 5));
  pthread_create(&a, 0, producer, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return out;
}
