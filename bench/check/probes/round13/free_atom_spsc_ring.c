/* race-free: single-producer single-consumer ring; head/tail published with release and read with acquire; slot reuse ordered */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#define SZ 4
int buf[SZ];
atomic_uint head, tail;
void *prod(void *p) {
  (void)p;
  for (int i = 0; i < 10; i++) {
    unsigned h = atomic_load_explicit(&head, memory_order_relaxed);
    while (h - atomic_load_explicit(&tail, memory_order_acquire) == SZ) ;
    buf[h % SZ] = i;
    atomic_store_explicit(&head, h + 1, memory_order_release);
  }
  return NULL;
}
void *cons(void *p) {
  (void)p;
  long sum = 0;
  for (int i = 0; i < 10; i++) {
    unsigned t = atomic_load_explicit(&tail, memory_order_relaxed);
    while (atomic_load_explicit(&head, memory_order_acquire) == t) ;
    sum += buf[t % SZ];
    atomic_store_explicit(&tail, t + 1, memory_order_release);
  }
  assert(sum == 45);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&b, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
