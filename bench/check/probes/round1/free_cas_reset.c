/* TRUTH: free. CAS spin lock that resets `expected` on every failed attempt. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int items;
void *worker(void *arg) {
  int expected = 0;
  while (!atomic_compare_exchange_weak(&lk, &expected, 1)) expected = 0;
  items++;
  atomic_store(&lk, 0);
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
