/* TRUTH: free — __atomic_thread_fence(RELEASE) before the relaxed store and __atomic_thread_fence(ACQUIRE) after the relaxed load that saw 1 order payload */
#include <pthread.h>
static int go;
static long payload;
static void *pub(void *p) { (void)p; payload = 123456; __atomic_thread_fence(__ATOMIC_RELEASE); __atomic_store_n(&go, 1, __ATOMIC_RELAXED); return 0; }
static void *sub(void *p) { (void)p; while (!__atomic_load_n(&go, __ATOMIC_RELAXED)) ; __atomic_thread_fence(__ATOMIC_ACQUIRE); return (void *)payload; }
int main(void) {
  pthread_t a, b;
  pthread_create(&b, 0, sub, 0); pthread_create(&a, 0, pub, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return 0;
}
