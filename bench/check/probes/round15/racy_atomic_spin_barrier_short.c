/* Racy: threads wait only until N-1 have arrived, so one thread can read a neighbour's cell before the neighbour writes it. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
atomic_int arrived;
int cell[N];
int out[N];
void *worker(void *arg) {
  int id = (int)(intptr_t)arg;
  cell[id] = id + 1;
  atomic_fetch_add(&arrived, 1);
  while (atomic_load(&arrived) < N - 1) { }
  out[id] = cell[(id + 1) % N];
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d %d %d\n", out[0], out[1], out[2]);
  return 0;
}
