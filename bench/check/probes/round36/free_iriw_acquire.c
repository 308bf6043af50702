/* TRUTH: free — IRIW where x/y are atomic_int with release stores and acquire loads (the non-SC outcome is allowed, but every shared x/y access is atomic); a1..b2 are each written by one reader and read by main after joining all four threads. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int x, y;
static int a1, b1, a2, b2;
static void *w1(void *p) { atomic_store_explicit(&x, 1, memory_order_release); return 0; }
static void *w2(void *p) { atomic_store_explicit(&y, 1, memory_order_release); return 0; }
static void *rd1(void *p) { a1 = atomic_load_explicit(&x, memory_order_acquire); b1 = atomic_load_explicit(&y, memory_order_acquire); return 0; }
static void *rd2(void *p) { a2 = atomic_load_explicit(&y, memory_order_acquire); b2 = atomic_load_explicit(&x, memory_order_acquire); return 0; }
int main(void) {
  pthread_t t[4];
  pthread_create(&t[0], 0, w1, 0);
  pthread_create(&t[1], 0, w2, 0);
  pthread_create(&t[2], 0, rd1, 0);
  pthread_create(&t[3], 0, rd2, 0);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  return a1 + b1 + a2 + b2;
}
