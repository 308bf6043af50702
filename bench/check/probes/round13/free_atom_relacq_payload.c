/* race-free: payload struct written before release store of ready; reader reads it only after acquire load sees 1 */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
struct payload { int a; double b; } pl;
atomic_int ready;
void *writer(void *p) { (void)p; pl.a = 7; pl.b = 2.5; atomic_store_explicit(&ready, 1, memory_order_release); return NULL; }
void *reader(void *p) {
  (void)p;
  if (atomic_load_explicit(&ready, memory_order_acquire)) { assert(pl.a == 7); }
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, writer, NULL);
  pthread_create(&b, NULL, reader, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
