/* TRUTH: racy — thread id writes a[id] and also reads a[id+1], which thread id+1 writes concurrently */
#include <pthread.h>
#define N 3

int a[N + 1];
int b[N];

void *smooth(void *arg) {
  int id = *(int *)arg;
  a[id] = id * 10;
  b[id] = a[id] + a[id + 1];
  return 0;
}

int main(void) {
  pthread_t t[N];
  int ids[N];
  for (int i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&t[i], 0, smooth, &ids[i]);
  }
  for (int i = 0; i < N; i++)
    pthread_join(t[i], 0);
  return b[0];
}
