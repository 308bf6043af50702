/* TRUTH: racy — each thread clears a[id*K .. id*K+K] inclusive (<=), so threads 0 and 1 both write a[K] */
#include <pthread.h>
#define K 4
#define N 2

int a[N * K + 1];

void *clear(void *arg) {
  int id = *(int *)arg;
  for (int i = id * K; i <= id * K + K; i++)
    a[i] = 0;
  return 0;
}

int main(void) {
  pthread_t t[N];
  int ids[N] = {0, 1};
  for (int i = 0; i < N; i++)
    pthread_create(&t[i], 0, clear, &ids[i]);
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return a[K];
}
