/* racy: bakery without the choosing[] handshake: a thread can read number[j]==0 while j is still choosing, so two threads can enter together */
#include <pthread.h>
#include <stdatomic.h>
#define N 3
atomic_int number[N];
int logc;
static void lock(int i) {
  int mx = 0;
  for (int j = 0; j < N; j++) { int v = atomic_load(&number[j]); if (v > mx) mx = v; }
  atomic_store(&number[i], mx + 1);
  for (int j = 0; j < N; j++) {
    if (j == i) continue;
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
  return logc;
}
