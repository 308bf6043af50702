/* racy: reader loads ready (acquire) but reads pl.a regardless of the value seen */
#include <pthread.h>
#include <stdatomic.h>
struct payload { int a; double b; } pl;
atomic_int ready;
int got;
void *writer(void *p) { (void)p; pl.a = 7; atomic_store_explicit(&ready, 1, memory_order_release); return NULL; }
void *reader(void *p) {
  (void)p;
  int r = atomic_load_explicit(&ready, memory_order_acquire);
  got = pl.a + r;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, writer, NULL);
  pthread_create(&b, NULL, reader, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return got;
}
