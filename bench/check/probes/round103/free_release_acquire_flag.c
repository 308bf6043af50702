/* TRUTH: free — payload is written before a release store of 'ready' and read after an acquire load that saw 1 */
#include <pthread.h>
#include <stdatomic.h>
extern void abort(void);
void reach_error(void) { abort(); }

int payload;
atomic_int ready;

void *producer(void *arg) {
  payload = 7;
  atomic_store_explicit(&ready, 1, memory_order_release);
  return 0;
}

void *consumer(void *arg) {
  while (!atomic_load_explicit(&ready, memory_order_acquire)) {}
  if (payload != 7) reach_error();
  return 0;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&c, 0, consumer, 0);
  pthread_create(&p, 0, producer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
