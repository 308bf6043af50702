/* TRUTH: racy — all workers use the global 'scratch' as a temporary before taking the lock for the result slot */
#include <pthread.h>
#include <stdint.h>
#define N 3
int scratch;
int res[N];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *w(void *arg) {
  int id = (int)(intptr_t)arg;
  scratch = id * id;
  pthread_mutex_lock(&m);
  res[id] = scratch;
  pthread_mutex_unlock(&m);
  return 0;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, w, (void *)(intptr_t)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return res[2];
}
