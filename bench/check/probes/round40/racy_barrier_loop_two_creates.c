/* TRUTH: racy — the counting loop body creates TWO threads per pass: 2N = 4 waiters on a barrier of count N = 2: the first generation can complete with 2 of them while another thread's write data[k] (line 10) races with a released thread's reads (line 13). */
#include <pthread.h>
#define N 2
pthread_barrier_t b;
int data[2 * N];
int sink[2 * N];
void *w(void *arg) {
  long id = (long)arg;
  data[id] = 1;
  pthread_barrier_wait(&b);
  int s = 0;
  for (int k = 0; k < 2 * N; k++) s += data[k];
  sink[id] = s;
  return 0;
}
int main(void) {
  pthread_t t[2 * N];
  pthread_barrier_init(&b, 0, N);
  for (long i = 0; i < N; i++) {
    pthread_create(&t[2 * i], 0, w, (void *)(2 * i));
    pthread_create(&t[2 * i + 1], 0, w, (void *)(2 * i + 1));
  }
  for (long i = 0; i < 2 * N; i++) pthread_join(t[i], 0);
  return 0;
}
