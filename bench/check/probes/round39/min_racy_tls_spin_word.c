/* TRUTH: racy — the TAS lock word is `__thread`: each thread spins on (and takes) its own copy, so both `stock--` run concurrently. */
#include <pthread.h>
#include <stdatomic.h>
static __thread atomic_int lk;
static int stock = 10;
static void *w(void *p) {
  (void)p;
  while (atomic_exchange(&lk, 1))
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
