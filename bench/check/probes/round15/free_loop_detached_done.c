/* Race-free: detached threads write res[i] then bump done under the mutex; main reads res only after seeing done==N under the same mutex. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 4
int res[N];
int done = 0;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *worker(void *arg) {
  int i = (int)(intptr_t)arg;
  res[i] = i * 10 + 1;
  pthread_mutex_lock(&m);
  done++;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}
int main(void) {
  pthread_t t;
  for (int i = 0; i < N; i++) {
    pthread_create(&t, NULL, worker, (void *)(intptr_t)i);
    pthread_detach(t);
  }
  pthread_mutex_lock(&m);
  while (done < N) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  int s = 0;
  for (int i = 0; i < N; i++) s += res[i];
  printf("%d\n", s);
  return 0;
}
