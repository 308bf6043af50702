/* Racy: with only one barrier per iteration, a thread writing cur[i] races with its neighbour reading cur[i] in the next iteration. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
#define ITER 3
double cur[N + 2], nxt[N + 2];
pthread_barrier_t bar;
void *cellw(void *arg) {
  int i = (int)(intptr_t)arg + 1;
  for (int it = 0; it < ITER; it++) {
    nxt[i] = (cur[i - 1] + cur[i + 1]) / 2.0;
    pthread_barrier_wait(&bar);
    cur[i] = nxt[i];
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  cur[0] = 1.0; cur[N + 1] = 0.0;
  pthread_barrier_init(&bar, NULL, N);
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, cellw, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%f\n", cur[1]);
  return 0;
}
