/* TRUTH: racy — payload published with __atomic_store_n(&go, 1, RELAXED) and consumed after a RELAXED spin load: no happens-before on payload */
#include <pthread.h>
static int go;
static long payload;
static void *pub(void *p) { (void)p; payload = 123456; __atomic_store_n(&go, 1, __ATOMIC_RELAXED); return 0; }
static void *sub(void *p) { (void)p; while (!__atomic_load_n(&go, __ATOMIC_RELAXED)) ; return (void *)payload; }
int main(void) {
  pthread_t a, b;
  pthread_create(&b, 0, sub, 0); pthread_create(&a, 0, pub, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
