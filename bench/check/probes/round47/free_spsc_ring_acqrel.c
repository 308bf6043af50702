/* TRUTH: free — single-producer/single-consumer ring: slots are handed over via release stores / acquire loads of head and tail */
#include <pthread.h>
#include <stdatomic.h>
extern void abort(void);
void reach_error(void) { abort(); }
#define RSZ 4
#define MSGS 6

int ring[RSZ];
atomic_uint head; /* written by producer */
atomic_uint tail; /* written by consumer */

void *producer(void *arg) {
  unsigned i;
  for (i = 0; i < MSGS; i++) {
    unsigned h = atomic_load_explicit(&head, memory_order_relaxed);
    while (h - atomic_load_explicit(&tail, memory_order_acquire) == RSZ)
      ;
    ring[h % RSZ] = (int)i;
    atomic_store_explicit(&head, h + 1, memory_order_release);
  }
  return 0;
}

void *consumer(void *arg) {
  unsigned i;
  for (i = 0; i < MSGS; i++) {
    unsigned t = atomic_load_explicit(&tail, memory_order_relaxed);
    while (atomic_load_explicit(&head, memory_order_acquire) == t)
      ;
    int v = ring[t % RSZ];
    if (v != (int)i) reach_error();
    atomic_store_explicit(&tail, t + 1, memory_order_release);
  }
  return 0;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
