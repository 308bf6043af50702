/* TRUTH: racy. main stores 0 into the spin-lock word while a worker may hold it, letting
   the other worker in: both increment items. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int items;
void *worker(void *arg) { while (atomic_exchange(&lk, 1)) ; items++; atomic_store(&lk, 0); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  atomic_store(&lk, 0);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
