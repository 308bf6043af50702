/* racy: neighbour cell is read before the barrier, racing with the neighbour's phase-1 write */
#include <pthread.h>
#define N 3
pthread_barrier_t bar;
int cell[N], nb[N];
void *w(void *p) {
  long id = (long)p;
  cell[id] = (int)id * 2;
  nb[id] = cell[(id + 1) % N];
  pthread_barrier_wait(&bar);
  return NULL;
}
int main(void) {
  pthread_barrier_init(&bar, NULL, N);
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return nb[0];
}
