// free: iterative stencil with two barriers per step: read neighbours into tmp, barrier, write own cell, barrier.
#include <pthread.h>
#define N 3
#define STEPS 4
pthread_barrier_t bar;
int cell[N];
void *w(void *arg) {
  int id = (int)(long)arg;
  for (int s = 0; s < STEPS; s++) {
    int t = cell[(id + N - 1) % N] + cell[(id + 1) % N];
    pthread_barrier_wait(&bar);
    cell[id] = t / 2;
    pthread_barrier_wait(&bar);
  }
  return 0;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) cell[i] = i * 10;
  pthread_barrier_init(&bar, 0, N);
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return cell[0];
}
