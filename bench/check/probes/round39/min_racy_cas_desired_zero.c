/* TRUTH: racy — the CAS "lock" swaps 0 for 0, so it always succeeds without marking the word; both threads are in the section together and their `stock--` race. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int lk;
static int stock = 10;
static void *w(void *p) {
  (void)p;
  int z = 0;
  while (!atomic_compare_exchange_strong(&lk, &z, 0))
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
