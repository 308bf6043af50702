/* TRUTH: free. Relaxed flag operations paired with a release fence before the store and
   an acquire fence after the load: fence-to-fence synchronization orders the payload. */
#include <pthread.h>
#include <stdatomic.h>
int payload;
atomic_int ready;
void *producer(void *arg) {
  payload = 7;
  atomic_thread_fence(memory_order_release);
  atomic_store_explicit(&ready, 1, memory_order_relaxed);
  return NULL;
}
int main(void) {
  pthread_t p;
  pthread_create(&p, NULL, producer, NULL);
  while (!atomic_load_explicit(&ready, memory_order_relaxed)) ;
  atomic_thread_fence(memory_order_acquire);
  int v = payload;
  pthread_join(p, NULL);
  return v;
}
