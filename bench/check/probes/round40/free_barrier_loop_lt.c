/* TRUTH: free — N threads, barrier count N, one wait each: all writes data[id] (line 9) happen before any read after the wait (line 12). */
#include <pthread.h>
#define N 3
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
  pthread_barrier_init(&b, 0, N);
  for (long i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)i);
  for (long i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
