/* TRUTH: free — release fence before the relaxed store of f and acquire fence after the relaxed load that saw it give fence-fence synchronisation */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int f; int out;
void *t(void *a) {
  while (!atomic_load_explicit(&f, memory_order_relaxed)) ;
  atomic_thread_fence(memory_order_acquire);
  out = x;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 17;
  atomic_thread_fence(memory_order_release);
  atomic_store_explicit(&f, 1, memory_order_relaxed);
  pthread_join(th, 0);
  return out;
}
