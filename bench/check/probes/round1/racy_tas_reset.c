/* TRUTH: racy. A correct TAS lock, but main "resets" the lock word to 0 while a worker
   may hold it, letting the other worker in: both increment `items` at once. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int items;
void *worker(void *arg) {
  while (atomic_exchange(&lk, 1)) ;
  items++;
  atomic_store(&lk, 0);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  atomic_store(&lk, 0);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return items;
}
