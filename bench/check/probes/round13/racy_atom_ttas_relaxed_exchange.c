/* racy: the winning exchange is relaxed (release store on unlock is not enough), no synchronizes-with; total races */
#include <pthread.h>
#include <stdatomic.h>
atomic_int busy;
long total;
static void acquire(void) {
  for (;;) {
    while (atomic_load_explicit(&busy, memory_order_relaxed)) ;
    if (!atomic_exchange_explicit(&busy, 1, memory_order_relaxed)) return;
  }
}
static void release(void) { atomic_store_explicit(&busy, 0, memory_order_release); }
void *w(void *p) { long k = (long)p; for (int i = 0; i < 50; i++) { acquire(); total += k; release(); } return NULL; }
int main(void) {
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, w, (void *)(i + 1));
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return (int)total;
}
