/* TRUTH: racy — the unlock store is relaxed, so the next acquirer's acquire CAS reading it synchronizes with nothing: producer's `queue_len++` and consumer's `queue_len--`/read are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
atomic_int spin;
int queue_len;
static void lock(void) {
  int expected = 0;
  while (!atomic_compare_exchange_weak_explicit(&spin, &expected, 1, memory_order_acquire,
                                               memory_order_relaxed))
    expected = 0;
}
static void unlock(void) { atomic_store_explicit(&spin, 0, memory_order_relaxed); }
static void *producer(void *arg) {
  (void)arg;
  for (int i = 0; i < 3; i++) {
    lock();
    queue_len++;
    unlock();
  }
  return NULL;
}
static void *consumer(void *arg) {
  (void)arg;
  for (int i = 0; i < 3; i++) {
    lock();
    if (queue_len > 0) queue_len--;
    unlock();
  }
  return NULL;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  if (queue_len < 0 || queue_len > 3) reach_error();
  return 0;
}
