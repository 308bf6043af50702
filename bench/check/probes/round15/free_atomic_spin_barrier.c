/* Race-free: a sense-free one-shot barrier on an atomic arrival counter separates phase 1 writes of cell[id] from phase 2 reads of the neighbour's cell. */
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
  while (atomic_load(&arrived) < N) { }
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
