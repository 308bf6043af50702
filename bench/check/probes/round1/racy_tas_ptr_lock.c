/* TRUTH: racy. Spin lock taken through a pointer parameter; the two threads pass
   different lock words but touch the same counter. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int locks[2];
int items;
static void spin_lock(atomic_int *l) { while (atomic_exchange(l, 1)) ; }
static void spin_unlock(atomic_int *l) { atomic_store(l, 0); }
void *worker(void *arg) {
  atomic_int *l = arg;
  spin_lock(l); items++; spin_unlock(l);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, &locks[0]);
  pthread_create(&b, NULL, worker, &locks[1]);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return items;
}
