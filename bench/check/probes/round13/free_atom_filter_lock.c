/* race-free: filter lock (n-thread Peterson) with seq_cst atomics, N=3, guards shared counter */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#define N 3
atomic_int level[N];
atomic_int victim[N];
int counter;
static int others_at_or_above(int me, int L) {
  for (int k = 0; k < N; k++) if (k != me && atomic_load(&level[k]) >= L) return 1;
  return 0;
}
static void lock(int me) {
  for (int L = 1; L < N; L++) {
    atomic_store(&level[me], L);
    atomic_store(&victim[L], me);
    while (others_at_or_above(me, L) && atomic_load(&victim[L]) == me) ;
  }
}
static void unlock(int me) { atomic_store(&level[me], 0); }
void *t(void *p) { int me = (int)(long)p; for (int i = 0; i < 3; i++) { lock(me); counter++; unlock(me); } return NULL; }
int main(void) {
  pthread_t th[N];
  for (long i = 0; i < N; i++) pthread_create(&th[i], NULL, t, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  assert(counter == 9);
  return 0;
}
