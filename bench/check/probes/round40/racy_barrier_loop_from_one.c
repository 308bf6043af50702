/* TRUTH: racy — the loop runs i = -1..N-1: N+1 = 3 threads on a barrier of count N = 2; the third thread's data[id+1] = 1 (line 9) races with a released thread's reads of data[k] (line 12). */
#include <pthread.h>
#define N 2
pthread_barrier_t b;
int data[N + 1];
int sink[N + 1];
void *w(void *arg) {
  long id = (long)arg;
  data[id + 1] = 1;
  pthread_barrier_wait(&b);
  int s = 0;
  for (int k = 0; k <= N; k++) s += data[k];
  sink[id + 1] = s;
  return 0;
}
int main(void) {
  pthread_t t[N + 1];
  pthread_barrier_init(&b, 0, N);
  for (long i = -1; i < N; i++) pthread_create(&t[i + 1], 0, w, (void *)i);
  for (long i = 0; i <= N; i++) pthread_join(t[i], 0);
  return 0;
}
