/* TRUTH: free. Barrier with a seq_cst atomic counter; after both arrive each reads the
   other's element (fetch_add/load seq_cst give happens-before). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
int a[2];
atomic_int arrived;
void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  a[id] = id + 1;
  atomic_fetch_add(&arrived, 1);
  while (atomic_load(&arrived) < 2) ;
  return (void *)(intptr_t)a[1 - id];
}
int main(void) {
  pthread_t t0, t1;
  pthread_create(&t0, NULL, worker, (void *)0);
  pthread_create(&t1, NULL, worker, (void *)1);
  pthread_join(t0, NULL); pthread_join(t1, NULL);
  return 0;
}
