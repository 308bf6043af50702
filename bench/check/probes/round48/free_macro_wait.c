/* TRUTH: free — AWAIT expands to an acquire spin on ready; the thread writes x only after it, main writes x before releasing ready */
#include <pthread.h>
#include <stdatomic.h>
#define AWAIT(f) do { while (!atomic_load_explicit(&(f), memory_order_acquire)) ; } while (0)
#define SIGNAL(f) atomic_store_explicit(&(f), 1, memory_order_release)
int x; atomic_int ready;
void *t(void *a) {
  AWAIT(ready);
  x = x * 2;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 5;
  SIGNAL(ready);
  pthread_join(th, 0);
  return x;
}
