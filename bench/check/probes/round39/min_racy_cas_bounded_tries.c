/* TRUTH: racy — the CAS spin gives up after 100 failed tries (`break`) and the thread runs `stock--` without the lock, concurrently with the holder's `stock--`. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int lk;
static int stock = 10;
static void *w(void *p) {
  (void)p;
  int z = 0, tries = 0;
  while (!atomic_compare_exchange_weak(&lk, &z, 1)) {
    z = 0;
    if (++tries > 100) break;
  }
  stock--;
  atomic_store(&lk, 0);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return stock;
}
