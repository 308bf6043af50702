/* race-free: relaxed flag with release fence before the store and acquire fence after the load (fence-fence synchronization) */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
int data;
atomic_int flag;
void *prod(void *p) {
  (void)p;
  data = 99;
  atomic_thread_fence(memory_order_release);
  atomic_store_explicit(&flag, 1, memory_order_relaxed);
  return NULL;
}
void *cons(void *p) {
  (void)p;
  while (!atomic_load_explicit(&flag, memory_order_relaxed)) ;
  atomic_thread_fence(memory_order_acquire);
  assert(data == 99);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, prod, NULL);
  pthread_create(&b, NULL, cons, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
