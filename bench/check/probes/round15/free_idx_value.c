/* Race-free: the loop index is passed by value, so every thread writes a distinct data[id]; main reads after joins. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 5
int data[N];
void *worker(void *arg) {
  intptr_t id = (intptr_t)arg;
  data[id] = (int)(id * id + 1);
  return NULL;
}
int main(void) {
  pthread_t th[N];
  for (intptr_t i = 0; i < N; i++) pthread_create(&th[i], NULL, worker, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  for (int i = 0; i < N; i++) printf("%d ", data[i]);
  printf("\n");
  return 0;
}
