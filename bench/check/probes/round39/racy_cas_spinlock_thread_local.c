/* TRUTH: racy — the CAS lock word `spin` is `__thread`: producer and consumer take different words, so `queue_len++` and `queue_len--`/reads race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
__thread atomic_int spin;
int queue_len;
static void lock(void) {
  int expected = 0;
  while (!atomic_compare_exchange_weak_explicit(&spin, &expected, 1, memory_order_acquire,
                                               memory_order_relaxed))
    expected = 0;
}
static void unlock(void) { atomic_store_explicit(&spin, 0, memory_order_release); }
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
