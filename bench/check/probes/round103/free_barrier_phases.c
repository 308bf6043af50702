/* TRUTH: free — phase 1 writes a[id], barrier, phase 2 reads the neighbour's a[] and writes only b[id] */
#include <pthread.h>
#define N 3

pthread_barrier_t bar;
int a[N], b[N];

void *step(void *arg) {
  long id = (long)arg;
  a[id] = (int)id * 2;
  pthread_barrier_wait(&bar);
  b[id] = a[(id + 1) % N];
  return 0;
}

int main(void) {
  pthread_t t[N];
  pthread_barrier_init(&bar, 0, N);
  for (long i = 0; i < N; i++)
    pthread_create(&t[i], 0, step, (void *)i);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  pthread_barrier_destroy(&bar);
  return b[0] + b[1] + b[2];
}
