/* TRUTH: racy — the flag is stored and loaded relaxed with no fences, so seeing f == 1 does not order main's x = 17 before the read */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int f; int out;
void *t(void *a) {
  while (!atomic_load_explicit(&f, memory_order_relaxed)) ;
  out = x;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 17;
  atomic_store_explicit(&f, 1, memory_order_relaxed);
  pthread_join(th, 0);
  return out;
}
