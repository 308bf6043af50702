/* TRUTH: racy — the consumer spins `while (ready == 1)`, i.e. until the flag is NOT 1; it starts at 0, so the loop exits at once and the read of `payload` races with `payload = 42`. */
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
  (void)p;
  while (atomic_load_explicit(&ready, memory_order_acquire) == 1)
    ;
  out = payload;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&b, 0, consumer, 0);
  pthread_create(&a, 0, producer, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return out;
}
