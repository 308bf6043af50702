/* TRUTH: free. Join counter with N workers, each writes its own element; main waits
   with for(;;) under the lock until all are done, then reads every element. */
#include <pthread.h>
#include <stdio.h>
#define N 3
int out[N];
int left = N;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) {
  long id = (long)arg;
  out[id] = (int)id * 10;
  pthread_mutex_lock(&m);
  left--;
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
  for (;;) {
    pthread_mutex_lock(&m);
    int l = left;
    pthread_mutex_unlock(&m);
    if (l == 0) break;
  }
  printf("%d %d %d\n", out[0], out[1], out[2]);
  return 0;
}
