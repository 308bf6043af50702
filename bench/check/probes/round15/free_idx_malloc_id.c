/* Race-free: each thread receives its own malloc'd copy of the index, frees it, and writes only out[id]. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
int out[N];
void *worker(void *arg) {
  int *pid = arg;
  int id = *pid;
  free(pid);
  out[id] = id + 40;
  return NULL;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) {
    int *p = malloc(sizeof *p);
    if (!p) return 1;
    *p = i;
    pthread_create(&th[i], NULL, worker, p);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  printf("%d %d\n", out[0], out[N - 1]);
  return 0;
}
