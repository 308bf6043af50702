/* TRUTH: racy — loop i <= N starts N+1 = 4 threads but the barrier counts N = 3: one generation completes with 3 waiters; the 4th thread's pre-wait write data[id] / read of data[...] after wait... concretely: thread 3 (4th) writes data[3] (line 12) before waiting, and a released waiter reads data[3] (line 14) with no happens-before (the 4th may be blocked in a second generation). */
#include <pthread.h>
#define N 3
pthread_barrier_t b;
int data[N + 1];
int sink[N + 1];
void *w(void *arg) {
  long id = (long)arg;
  data[id] = 1;
  pthread_barrier_wait(&b);
  int s = 0;
  for (int k = 0; k <= N; k++) s += data[k];
  sink[id] = s;
  return 0;
}
int main(void) {
  pthread_t t[N + 1];
  pthread_barrier_init(&b, 0, N);
  for (long i = 0; i <= N; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
