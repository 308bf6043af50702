/* TRUTH: racy. "Lock" made of a separate atomic load and store: both threads can see 0
   and both store 1, entering the critical section together. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int lk;
int items;
void *worker(void *arg) {
  while (atomic_load(&lk) != 0) ;
  atomic_store(&lk, 1);
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
