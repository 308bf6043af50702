/* racy: counter is read under the mutex but incremented after unlock, so ids can repeat (and counter races) */
#include <pthread.h>
#include <assert.h>
#define N 4
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int counter;
int out[N + N];
void *w(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  int id = counter;
  pthread_mutex_unlock(&m);
  counter = id + 1;
  if (id < 2 * N) out[id] = id * 3;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return out[0];
}
