/* TRUTH: racy — the spin `while (atomic_exchange(&lk, 1) == 2)` stops as soon as the old value is not 2; the word only holds 0 or 1, so a thread proceeds even when it read 1 (lock held): both threads run `stock--` together. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int lk;
static int stock = 10;
static void *w(void *p) {
  (void)p;
  while (atomic_exchange(&lk, 1) == 2)
    ;
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
