/* race-free: global maximum maintained by a CAS loop on an _Atomic int; plain per-thread inputs */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#define N 4
atomic_int gmax = -1;
int inputs[N][3] = { {1, 9, 3}, {4, 2, 8}, {7, 7, 0}, {5, 6, 11} };
void *w(void *p) {
  long id = (long)p;
  for (int k = 0; k < 3; k++) {
    int v = inputs[id][k], cur = atomic_load(&gmax);
    while (v > cur && !atomic_compare_exchange_weak(&gmax, &cur, v)) ;
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  assert(atomic_load(&gmax) == 11);
  return 0;
}
