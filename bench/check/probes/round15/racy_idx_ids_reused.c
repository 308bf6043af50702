/* Racy: all threads get a pointer to one shared id variable that main rewrites between creations. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
int id_arg;
int data[N];
void *worker(void *arg) {
  int id = *(int *)arg;
  data[id] = 2 * id + 1;
  return NULL;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) {
    id_arg = i;
    pthread_create(&th[i], NULL, worker, &id_arg);
  }
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  int s = 0;
  for (int i = 0; i < N; i++) s += data[i];
  printf("%d\n", s);
  return 0;
}
