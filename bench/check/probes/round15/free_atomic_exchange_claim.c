/* Race-free: atomic_exchange lets exactly one thread claim the job, and only that thread writes winner_data; main reads after joins. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 4
atomic_int claimed;
int winner_data;
void *racer(void *arg) {
  int id = (int)(intptr_t)arg;
  if (atomic_exchange(&claimed, 1) == 0) winner_data = id + 1000;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, racer, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d\n", winner_data);
  return 0;
}
