/* TRUTH: racy. Acquire TAS but a RELAXED clear: the clear is not a release, so the
   previous holder's write of `items` does not happen-before the next holder's access. */
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk = ATOMIC_FLAG_INIT;
int items;
void *worker(void *arg) {
  while (atomic_flag_test_and_set_explicit(&lk, memory_order_acquire)) ;
  items++;
  atomic_flag_clear_explicit(&lk, memory_order_relaxed);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return items;
}
