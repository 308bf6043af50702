/* Racy: each thread reads the loop variable i through its address while main increments i in the creation loop. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 5
int data[N];
void *worker(void *arg) {
  int id = *(int *)arg;
  if (id >= 0 && id < N) data[id] = id * id + 1;
  return NULL;
}
int main(void) {
  pthread_t th[N];
  int i;
  for (i = 0; i < N; i++) pthread_create(&th[i], NULL, worker, &i);
  for (int j = 0; j < N; j++) pthread_join(th[j], NULL);
  for (int j = 0; j < N; j++) printf("%d ", data[j]);
  printf("\n");
  return 0;
}
