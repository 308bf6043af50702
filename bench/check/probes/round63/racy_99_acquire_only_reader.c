/* TRUTH: racy — the writer's flag store is relaxed (no release), so the reader's acquire load synchronizes with nothing; info write/read race */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int flag;
static int info;
static void *w(void *p) { (void)p; info = 8; atomic_store_explicit(&flag, 1, memory_order_relaxed); return 0; }
static void *r(void *p) { (void)p; while (!atomic_load_explicit(&flag, memory_order_acquire)) ; return (void *)(long)info; }
int main(void) {
  pthread_t a, b;
  pthread_create(&b, 0, r, 0); pthread_create(&a, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
