/* racy: writer sets pl.b after publishing ready, so the reader's read of pl.b can race */
#include <pthread.h>
#include <stdatomic.h>
struct payload { int a; double b; } pl;
atomic_int ready;
double got;
void *writer(void *p) { (void)p; pl.a = 7; atomic_store_explicit(&ready, 1, memory_order_release); pl.b = 2.5; return NULL; }
void *reader(void *p) {
  (void)p;
  if (atomic_load_explicit(&ready, memory_order_acquire)) got = pl.b;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, writer, NULL);
  pthread_create(&b, NULL, reader, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return (int)got;
}
