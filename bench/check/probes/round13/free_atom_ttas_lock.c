/* race-free: test-and-test-and-set lock (acquire exchange, release store) guards shared total */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
atomic_int busy;
long total;
static void acquire(void) {
  for (;;) {
    while (atomic_load_explicit(&busy, memory_order_relaxed)) ;
    if (!atomic_exchange_explicit(&busy, 1, memory_order_acquire)) return;
  }
}
static void release(void) { atomic_store_explicit(&busy, 0, memory_order_release); }
void *w(void *p) { long k = (long)p; for (int i = 0; i < 50; i++) { acquire(); total += k; release(); } return NULL; }
int main(void) {
  pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, w, (void *)(i + 1));
  for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
  assert(total == 300);
  return 0;
}
