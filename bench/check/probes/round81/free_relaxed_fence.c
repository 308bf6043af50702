/* TRUTH: free — release fence + relaxed store, relaxed load + acquire fence: fence-fence synchronization */
#include <pthread.h>
#include <stdatomic.h>
int data;
atomic_int ready;
void *w(void *a) { data = 42; atomic_thread_fence(memory_order_release); atomic_store_explicit(&ready, 1, memory_order_relaxed); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  while (!atomic_load_explicit(&ready, memory_order_relaxed)) ;
  atomic_thread_fence(memory_order_acquire);
  int v = data;
  pthread_join(t, 0);
  return v;
}
