/* TRUTH: racy — the producer publishes with a RELAXED fetch_add (no release), so the consumer's acquire load that sees 1 does not synchronize with it; payload races */
#include <pthread.h>
#include <stdatomic.h>
int payload;
atomic_int ready;
void *producer(void *a) { payload = 9; atomic_fetch_add_explicit(&ready, 1, memory_order_relaxed); return 0; }
void *consumer(void *a) {
  while (atomic_load_explicit(&ready, memory_order_acquire) == 0) { }
  return (void *)(long)payload;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0); pthread_join(c, 0);
  return 0;
}
