/* TRUTH: racy — the lock word is declared `static __thread`: each worker spins on and takes its own copy, so nothing excludes the two `stock = stock - 1`, which race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
static __thread atomic_int lk;
int stock = 100;
static void lock(void) {
  for (;;) {
    while (atomic_load_explicit(&lk, memory_order_relaxed))
      ;
    if (!atomic_exchange_explicit(&lk, 1, memory_order_acquire))
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
