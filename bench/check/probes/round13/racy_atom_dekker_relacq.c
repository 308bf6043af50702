/* racy: Dekker with release stores and acquire loads (not seq_cst): store->load reordering lets both threads see want[o]==0 and enter */
#include <pthread.h>
#include <stdatomic.h>
atomic_int want[2];
atomic_int turn;
int x;
static void lock(int me) {
  int o = 1 - me;
  atomic_store_explicit(&want[me], 1, memory_order_release);
  while (atomic_load_explicit(&want[o], memory_order_acquire)) {
    if (atomic_load_explicit(&turn, memory_order_acquire) != me) {
      atomic_store_explicit(&want[me], 0, memory_order_release);
      while (atomic_load_explicit(&turn, memory_order_acquire) != me) ;
      atomic_store_explicit(&want[me], 1, memory_order_release);
    }
  }
}
static void unlock(int me) { atomic_store_explicit(&turn, 1 - me, memory_order_release); atomic_store_explicit(&want[me], 0, memory_order_release); }
void *t(void *p) { int me = (int)(long)p; for (int i = 0; i < 4; i++) { lock(me); x = x * 2 + me; unlock(me); } return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t, (void *)0L);
  pthread_create(&b, NULL, t, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return x;
}
