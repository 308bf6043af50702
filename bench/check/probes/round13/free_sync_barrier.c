/* race-free: pthread_barrier_wait separates phase 1 (write own cell) from phase 2 (read neighbour cell) */
#include <pthread.h>
#include <assert.h>
#define N 3
pthread_barrier_t bar;
int cell[N], nb[N];
void *w(void *p) {
  long id = (long)p;
  cell[id] = (int)id * 2;
  pthread_barrier_wait(&bar);
  nb[id] = cell[(id + 1) % N];
  return NULL;
}
int main(void) {
  pthread_barrier_init(&bar, NULL, N);
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  assert(nb[2] == 0 && nb[0] == 2);
  return 0;
}
