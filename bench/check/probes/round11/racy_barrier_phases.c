// racy: the read of the neighbour's a[] happens before the barrier, concurrently with the neighbour's write.
#include <pthread.h>
#define N 3
pthread_barrier_t bar;
int a[N], b[N];
void *w(void *arg) {
  int id = (int)(long)arg;
  a[id] = id + 1;
  b[id] = a[(id + 1) % N];
  pthread_barrier_wait(&bar);
  return 0;
}
int main(void) {
  pthread_t th[N];
  pthread_barrier_init(&bar, 0, N);
  for (int i = 0; i < N; i++) pthread_create(&th[i], 0, w, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], 0);
  return b[0];
}
