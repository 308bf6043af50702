/* Racy: one malloc'd index cell is reused for all threads and main overwrites it while earlier threads read it. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
int out[N];
void *worker(void *arg) {
  int *pid = arg;
  int id = *pid;
  if (id >= 0 && id < N) out[id] = id + 40;
  return NULL;
}
int main(void) {
  pthread_t th[N];
  int *p = malloc(sizeof *p);
  if (!p) return 1;
  for (int i = 0; i < N; i++) {
    *p = i;
    pthread_create(&th[i], NULL, worker, p);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  printf("%d %d\n", out[0], out[N - 1]);
  free(p);
  return 0;
}
