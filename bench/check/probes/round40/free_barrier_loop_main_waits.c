/* TRUTH: free — N threads plus main wait on a barrier of count N+1: the one generation includes main, so main's data0 = 1 (line 17) happens before the threads' reads (line 10). */
#include <pthread.h>
#define N 2
pthread_barrier_t b;
int data0;
int sink[N];
void *w(void *arg) {
  long id = (long)arg;
  pthread_barrier_wait(&b);
  sink[id] = data0;
  return 0;
}
int main(void) {
  pthread_t t[N];
  pthread_barrier_init(&b, 0, N + 1);
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  data0 = 1;
  pthread_barrier_wait(&b);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
