/* Racy: threads are detached and main reads res without waiting for them, so reads race with the workers' writes. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <unistd.h>
#define N 4
int res[N];
void *worker(void *arg) {
  int i = (int)(intptr_t)arg;
  res[i] = i * 10 + 1;
  return NULL;
}
int main(void) {
  pthread_t t;
  for (int i = 0; i < N; i++) {
    pthread_create(&t, NULL, worker, (void *)(intptr_t)i);
    pthread_detach(t);
  }
  usleep(1000);
  int s = 0;
  for (int i = 0; i < N; i++) s += res[i];
  printf("%d\n", s);
  return 0;
}
