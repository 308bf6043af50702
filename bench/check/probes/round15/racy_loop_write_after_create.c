/* Racy: main rewrites input[0] after creating the threads that read input[(i+1)%N], without any synchronization. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
int input[N];
int output[N];
void *worker(void *arg) {
  int i = (int)(intptr_t)arg;
  output[i] = input[i] * 2 + input[(i + 1) % N];
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) input[i] = rand() % 100;
  for (int i = 0; i < N; i++)
    pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  input[0] = -1;
  for (int i = 0; i < N; i++)
    pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++) input[i] = output[i];
  printf("%d %d %d\n", input[0], input[1], input[2]);
  return 0;
}
