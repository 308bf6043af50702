/* Racy: the stride is NT-1 so thread 0 (indices 0,2,4,..) and thread 2 (2,4,...) write the same elements. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define NT 3
#define M 16
int buf[M];
void *worker(void *arg) {
  int t = (int)(intptr_t)arg;
  for (int j = t; j < M; j += NT - 1) buf[j] = buf[j] + j;
  return NULL;
}
int main(void) {
  pthread_t th[NT];
  for (int t = 0; t < NT; t++) pthread_create(&th[t], NULL, worker, (void *)(intptr_t)t);
  for (int t = 0; t < NT; t++) pthread_join(th[t], NULL);
  int s = 0;
  for (int j = 0; j < M; j++) s += buf[j];
  printf("%d\n", s);
  return 0;
}
