/* TRUTH: racy — the taking exchange has memory_order_release only (no acquire half), so reading the unlock's release store creates no synchronizes-with edge; the two holders' `stock = stock - 1` are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
atomic_int lk;
int stock = 100;
static void lock(void) {
  for (;;) {
    while (atomic_load_explicit(&lk, memory_order_relaxed))
      ;
    if (!atomic_exchange_explicit(&lk, 1, memory_order_release))
      break;
  }
}
static void unlock(void) { atomic_store_explicit(&lk, 0, memory_order_release); }
static void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < 5; i++) {
    lock();
    stock = stock - 1;
    unlock();
  }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  if (stock != 90) reach_error();
  return 0;
}
