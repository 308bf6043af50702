/* Racy: the comparison v > maxv reads maxv outside the mutex while other threads write it inside the mutex. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 4
int data[N * 4];
int maxv = -1;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  for (int j = id * 4; j < id * 4 + 4; j++) {
    int v = data[j];
    if (v > maxv) {
      pthread_mutex_lock(&m);
      maxv = v;
      pthread_mutex_unlock(&m);
    }
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N * 4; i++) data[i] = rand() % 1000;
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d\n", maxv);
  return 0;
}
