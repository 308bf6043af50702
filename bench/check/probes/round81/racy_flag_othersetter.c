/* TRUTH: racy — main waits for flag==2, which is stored (relaxed) by worker B; A's release store of 1 is not what main reads, so no sync with A's data write */
#include <pthread.h>
#include <stdatomic.h>
int data;
atomic_int flag;
void *wa(void *a) { data = 1; atomic_store_explicit(&flag, 1, memory_order_release); return 0; }
void *wb(void *a) { atomic_store_explicit(&flag, 2, memory_order_relaxed); return 0; }
int main(void) {
  pthread_t ta, tb;
  pthread_create(&ta, 0, wa, 0);
  pthread_create(&tb, 0, wb, 0);
  while (atomic_load_explicit(&flag, memory_order_acquire) != 2) ;
  int v = data;
  pthread_join(ta, 0); pthread_join(tb, 0);
  return v;
}
