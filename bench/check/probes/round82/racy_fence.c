/* TRUTH: racy — the release fence is after the store, so it does not order the payload write */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int ready; int payload;
void *p(void *a) { atomic_store_explicit(&ready, 1, memory_order_relaxed); payload = 11; atomic_thread_fence(memory_order_release); return 0; }
void *c(void *a) { while (!atomic_load_explicit(&ready, memory_order_relaxed)) ; atomic_thread_fence(memory_order_acquire); printf("%d\n", payload); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, p, 0); pthread_create(&b, 0, c, 0);
  pthread_join(a, 0); pthread_join(b, 0); return 0;
}
