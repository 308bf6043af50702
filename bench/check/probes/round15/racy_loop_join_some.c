/* Racy: the last thread is never joined, so main's read of res[N-1] races with that thread's write. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 4
int res[N];
void *worker(void *arg) {
  int i = (int)(intptr_t)arg;
  int s = 0;
  for (int k = 0; k <= i; k++) s += k;
  res[i] = s;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++)
    pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  for (int i = 0; i < N - 1; i++)
    pthread_join(t[i], NULL);
  int total = 0;
  for (int i = 0; i < N; i++) total += res[i];
  printf("%d\n", total);
  return 0;
}
