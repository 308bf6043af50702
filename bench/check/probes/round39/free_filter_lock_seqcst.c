/* TRUTH: free — the filter lock for 3 threads (levels 1..N-1) with seq_cst level[] and victim[]: at most one thread passes level N-1, and a thread passes only after reading a store the previous holder made after its section (level[k]=0) or a later victim store, so the `served[...]`/`count` accesses are ordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#define N 3
void reach_error(void) { abort(); }
atomic_int level[N];
atomic_int victim[N];
int count;
static int conflict(int me, int L) {
  for (int k = 0; k < N; k++)
    if (k != me && atomic_load(&level[k]) >= L) return 1;
  return 0;
}
static void lock(int me) {
  for (int L = 1; L < N; L++) {
    atomic_store(&level[me], L);
    atomic_store(&victim[L], me);
    while (conflict(me, L) && atomic_load(&victim[L]) == me)
      ;
  }
}
static void unlock(int me) { atomic_store(&level[me], 0); }
static void *worker(void *arg) {
  int me = (int)(long)arg;
  lock(me);
  count = count + 1;
  unlock(me);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  if (count != N) reach_error();
  return 0;
}
