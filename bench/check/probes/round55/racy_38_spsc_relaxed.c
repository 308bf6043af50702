/* TRUTH: racy — same SPSC ring but head/tail use relaxed ordering, so ring[] slot accesses are not ordered */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <stdatomic.h>
#include <semaphore.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
void reach_error(void) {}
void assume_abort_if_not(int c) { if (!c) abort(); }
#define SZ 4
int ring[SZ];
atomic_uint head, tail;
void *producer(void *arg) {
  for (unsigned i = 0; i < 8; i++) {
    unsigned h = atomic_load_explicit(&head, memory_order_relaxed);
    while (h - atomic_load_explicit(&tail, memory_order_relaxed) == SZ) ;
    ring[h % SZ] = (int)i;
    atomic_store_explicit(&head, h + 1, memory_order_relaxed);
  }
  return NULL;
}
void *consumer(void *arg) {
  int sum = 0;
  for (unsigned i = 0; i < 8; i++) {
    unsigned t = atomic_load_explicit(&tail, memory_order_relaxed);
    while (atomic_load_explicit(&head, memory_order_relaxed) == t) ;
    sum += ring[t % SZ];
    atomic_store_explicit(&tail, t + 1, memory_order_relaxed);
  }
  return NULL;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL); pthread_join(c, NULL);
  return 0;
}
