/* TRUTH: racy. The acquiring exchange uses __ATOMIC_RELEASE (no acquire semantics), so
   it does not synchronize with the previous holder's release store: the two
   critical sections are not ordered and `items++` races. */
#include <pthread.h>
int lk;
int items;
void *worker(void *arg) {
  while (__atomic_exchange_n(&lk, 1, __ATOMIC_RELEASE)) ;
  items++;
  __atomic_store_n(&lk, 0, __ATOMIC_RELEASE);
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
