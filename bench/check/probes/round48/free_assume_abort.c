/* TRUTH: free — assume_abort_if_not aborts the whole process unless the acquire load saw ready; if it continues, main's x = 3 happens-before the read */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
int x; atomic_int ready; int out;
static void assume_abort_if_not(int c) { if (!c) abort(); }
void *t(void *a) {
  assume_abort_if_not(atomic_load_explicit(&ready, memory_order_acquire));
  out = x;
  return 0;
}
int main(void) {
  pthread_t th;
  atomic_store(&ready, 0);
  x = 3;
  atomic_store_explicit(&ready, 1, memory_order_release);
  pthread_create(&th, 0, t, 0);
  pthread_join(th, 0);
  return out;
}
