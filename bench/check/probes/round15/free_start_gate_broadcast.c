/* Race-free: main writes params under the mutex before setting go and broadcasting; workers read params only after seeing go under the mutex. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
int params[2];
int go;
int out[N];
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  pthread_mutex_lock(&m);
  while (!go) pthread_cond_wait(&cv, &m);
  pthread_mutex_unlock(&m);
  out[id] = params[0] * id + params[1];
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  pthread_mutex_lock(&m);
  params[0] = rand() % 10;
  params[1] = rand() % 10;
  go = 1;
  pthread_cond_broadcast(&cv);
  pthread_mutex_unlock(&m);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d %d %d\n", out[0], out[1], out[2]);
  return 0;
}
