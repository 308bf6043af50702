/* TRUTH: free. Test-and-set spin lock with atomic_flag. */
#include <pthread.h>
#include <stdatomic.h>
atomic_flag lk = ATOMIC_FLAG_INIT;
int items;
void *worker(void *arg) {
  while (atomic_flag_test_and_set(&lk)) ;
  items++;
  atomic_flag_clear(&lk);
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
