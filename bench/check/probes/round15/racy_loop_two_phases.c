/* Racy: reader threads are created before the writer threads are joined, so readers' reads of cells race with writers. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 4
int cells[N];
int sums[N];
void *writer(void *arg) {
  int i = (int)(intptr_t)arg;
  cells[i] = i + 1;
  return NULL;
}
void *reader(void *arg) {
  int i = (int)(intptr_t)arg;
  int s = 0;
  for (int j = 0; j < N; j++) s += cells[j];
  sums[i] = s;
  return NULL;
}
int main(void) {
  pthread_t w[N], r[N];
  for (int i = 0; i < N; i++) pthread_create(&w[i], NULL, writer, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_create(&r[i], NULL, reader, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(w[i], NULL);
  for (int i = 0; i < N; i++) pthread_join(r[i], NULL);
  printf("%d\n", sums[0] + sums[N - 1]);
  return 0;
}
