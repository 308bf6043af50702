/* TRUTH: racy. Join counter, but main waits only until ONE worker finished
   (left < N), then writes `out`, which the remaining workers still write. */
#include <pthread.h>
#define N 3
int out;
int left = N;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) {
  out = 1;
  pthread_mutex_lock(&m);
  left--;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  for (;;) {
    pthread_mutex_lock(&m);
    int l = left;
    pthread_mutex_unlock(&m);
    if (l < N) break;
  }
  out = 0;
  return 0;
}
