/* TRUTH: racy — the hand-made lock uses only relaxed exchange/store, which gives mutual exclusion but no happens-before; the two threads' total += writes race per C11 */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int lockw;
static int total;
static void *add(void *p) {
  for (int i = 0; i < 100; i++) {
    while (atomic_exchange_explicit(&lockw, 1, memory_order_relaxed)) ;
    total += (int)(long)p;
    atomic_store_explicit(&lockw, 0, memory_order_relaxed);
  }
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, add, (void *)1L); pthread_create(&b, 0, add, (void *)2L);
  pthread_join(a, 0); pthread_join(b, 0);
  return total;
}
