/* TRUTH: racy — off-by-one: only levels 1..N-2 are used, so with 3 threads two can pass level 1 at once (all three at level 1, victim[1] = the last one: the other two pass) and both run `count = count + 1` concurrently. */
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
  for (int L = 1; L < N - 1; L++) {
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
