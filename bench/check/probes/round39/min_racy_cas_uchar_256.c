/* TRUTH: racy — CAS lock on an _Atomic unsigned char whose desired value 256 converts to 0: the CAS 0->0 always succeeds and never marks the lock, so both threads run `stock--` concurrently. */
#include <pthread.h>
#include <stdatomic.h>
static _Atomic unsigned char lk;
static int stock = 10;
static void *w(void *p) {
  (void)p;
  unsigned char z = 0;
  while (!atomic_compare_exchange_weak(&lk, &z, 256))
    z = 0;
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
