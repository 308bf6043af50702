/* race-free: ids assigned under a mutex from a shared counter are unique; out[id] is per-thread */
#include <pthread.h>
#include <assert.h>
#define N 4
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int counter;
int out[N];
void *w(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  int id = counter++;
  pthread_mutex_unlock(&m);
  out[id] = id * 3;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, w, NULL);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  assert(out[3] == 9);
  return 0;
}
