/* TRUTH: free — Lamport's fast mutual exclusion (ids 1..2, y==0 free) with seq_cst atomics x, y, b[]: mutual exclusion holds, the exit store y=0 is read by the next entrant, so `hits++` in the critical section is ordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#define N 2
void reach_error(void) { abort(); }
atomic_int x, y;
atomic_int b[N + 1];
int hits;
static void lock(int i) {
  for (;;) {
    atomic_store(&b[i], 1);
    atomic_store(&x, i);
    if (atomic_load(&y) != 0) {
      atomic_store(&b[i], 0);
      while (atomic_load(&y) != 0)
        ;
      continue;
    }
    atomic_store(&y, i);
    if (atomic_load(&x) != i) {
      atomic_store(&b[i], 0);
      for (int j = 1; j <= N; j++)
        while (atomic_load(&b[j]))
          ;
      if (atomic_load(&y) != i) {
        while (atomic_load(&y) != 0)
          ;
        continue;
      }
    }
    return;
  }
}
static void unlock(int i) {
  atomic_store(&y, 0);
  atomic_store(&b[i], 0);
}
static void *worker(void *arg) {
  int id = (int)(long)arg;
  lock(id);
  hits++;
  unlock(id);
  return NULL;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, NULL, worker, (void *)1);
  pthread_create(&t2, NULL, worker, (void *)2);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  if (hits != 2) reach_error();
  return 0;
}
