/* TRUTH: racy. Same barrier with relaxed atomics: no happens-before, so a[1-id] read races
   with the other thread's write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
int a[2];
atomic_int arrived;
void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  a[id] = id + 1;
  atomic_fetch_add_explicit(&arrived, 1, memory_order_relaxed);
  while (atomic_load_explicit(&arrived, memory_order_relaxed) < 2) ;
  return (void *)(intptr_t)a[1 - id];
}
int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, NULL, worker, (void *)0);
  pthread_create(&t1, NULL, worker, (void *)1);
  pthread_join(t0, NULL); pthread_join(t1, NULL);
  return 0;
}
