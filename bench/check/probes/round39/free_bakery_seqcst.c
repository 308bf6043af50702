/* TRUTH: free — Lamport's bakery for 3 threads with seq_cst atomics choosing[] and number[]: mutual exclusion holds, and a thread enters only after reading (seq_cst) the number[j]=0 stored by j's exit or a larger ticket stored after j's exit, so the `total += id` accesses are ordered by happens-before. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#define N 3
void reach_error(void) { abort(); }
atomic_int choosing[N];
atomic_int number[N];
int total;
static void lock(int i) {
  atomic_store(&choosing[i], 1);
  int max = 0;
  for (int j = 0; j < N; j++) {
    int n = atomic_load(&number[j]);
    if (n > max) max = n;
  }
  atomic_store(&number[i], max + 1);
  atomic_store(&choosing[i], 0);
  for (int j = 0; j < N; j++) {
    if (j == i) continue;
    while (atomic_load(&choosing[j]))
      ;
    for (;;) {
      int nj = atomic_load(&number[j]);
      int ni = atomic_load(&number[i]);
      if (nj == 0 || nj > ni || (nj == ni && j > i)) break;
    }
  }
}
static void unlock(int i) { atomic_store(&number[i], 0); }
static void *worker(void *arg) {
  int id = (int)(long)arg;
  lock(id);
  total += id + 1;
  unlock(id);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (total != 6) reach_error();
  return 0;
}
