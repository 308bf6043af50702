/* TRUTH: free — message passing with fences: the producer writes `payload`, then a release fence, then a relaxed store of `ready`; the consumer spins on a relaxed load until 1, then an acquire fence; fence-fence synchronization (C11 7.17.4) orders the payload write before the read. */
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
  while (!atomic_load_explicit(&ready, memory_order_relaxed))
    ;
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
