/* TRUTH: racy — seq_cst atomics but the `choosing` doorway wait is missing: thread 1 may read all numbers 0, thread 0 likewise, thread 1 stores 1 and enters (number[0]==0), then thread 0 stores 1, sees number[1]==1 with 1>0 and enters too; their `total += id + 1` accesses race. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#define N 3
void reach_error(void) { abort(); }
atomic_int number[N];
int total;
static void lock(int i) {
  int max = 0;
  for (int j = 0; j < N; j++) {
    int n = atomic_load(&number[j]);
    if (n > max) max = n;
  }
  atomic_store(&number[i], max + 1);
  for (int j = 0; j < N; j++) {
    if (j == i) continue;
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
