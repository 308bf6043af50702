/* Racy: without the barrier, a thread may read a[(id+1)%N] while its neighbour is still writing it. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 4
int a[N], b[N];
pthread_barrier_t bar;
void *step(void *arg) {
  int id = (int)(intptr_t)arg;
  a[id] = id * 2;
  b[id] = a[id] + a[(id + 1) % N];
  return NULL;
}
int main(void) {
  pthread_t t[N];
  pthread_barrier_init(&bar, NULL, N);
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, step, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  pthread_barrier_destroy(&bar);
  printf("%d %d\n", b[0], b[N - 1]);
  return 0;
}
