/* TRUTH: racy — N threads started by the loop plus main also waits: N+1 waits on count N. A generation can complete among N threads... main's write data0 = 1 (line 18) before its wait vs a thread's read of data0 after its wait (line 10) when the threads form the generation without main. */
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
  pthread_barrier_init(&b, 0, N);
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  data0 = 1;
  pthread_barrier_wait(&b);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
