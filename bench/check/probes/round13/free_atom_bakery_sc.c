/* race-free: Lamport's bakery for 3 threads with seq_cst atomics (choosing + number) guards shared log */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#define N 3
atomic_int choosing[N];
atomic_int number[N];
int logc;
static void lock(int i) {
  atomic_store(&choosing[i], 1);
  int mx = 0;
  for (int j = 0; j < N; j++) { int v = atomic_load(&number[j]); if (v > mx) mx = v; }
  atomic_store(&number[i], mx + 1);
  atomic_store(&choosing[i], 0);
  for (int j = 0; j < N; j++) {
    if (j == i) continue;
    while (atomic_load(&choosing[j])) ;
    for (;;) {
      int nj = atomic_load(&number[j]), ni = atomic_load(&number[i]);
      if (nj == 0 || nj > ni || (nj == ni && j > i)) break;
    }
  }
}
static void unlock(int i) { atomic_store(&number[i], 0); }
void *t(void *p) { int i = (int)(long)p; for (int k = 0; k < 3; k++) { lock(i); logc++; unlock(i); } return NULL; }
int main(void) {
  pthread_t th[N];
  for (long i = 0; i < N; i++) pthread_create(&th[i], NULL, t, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  assert(logc == 9);
  return 0;
}
