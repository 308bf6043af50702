/* TRUTH: racy. The unlock is a relaxed clear (no release): the previous critical section
   does not happen-before the next one. */
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk = ATOMIC_FLAG_INIT;
int items;
void *worker(void *arg) {
  while (atomic_flag_test_and_set(&lk)) ;
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
  return 0;
}
