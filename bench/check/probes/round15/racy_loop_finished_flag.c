/* Racy: main polls the plain int finished that the workers write, with no lock or atomic. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
int finished;
int slot[N];
void *worker(void *arg) {
  int i = (int)(intptr_t)arg;
  slot[i] = i + 100;
  finished = finished + 1;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  while (finished < N) { }
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d\n", slot[0]);
  return 0;
}
