/* TRUTH: racy — N = 4 threads started by the counting loop, barrier count M = N/2 = 2: two generations; a second-generation thread's data[id] = 1 (line 10) races with a first-generation thread's read of data[k] after its wait (line 13). */
#include <pthread.h>
#define N 4
#define M (N / 2)
pthread_barrier_t b;
int data[N];
int sink[N];
void *w(void *arg) {
  long id = (long)arg;
  data[id] = 1;
  pthread_barrier_wait(&b);
  int s = 0;
  for (int k = 0; k < N; k++) s += data[k];
  sink[id] = s;
  return 0;
}
int main(void) {
  pthread_t t[N];
  pthread_barrier_init(&b, 0, M);
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
