/* Racy: when the worker's argument is nonzero it skips the ticket lock and updates shared directly. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <stdint.h>
#define N 3
atomic_uint next_ticket;
atomic_uint now_serving;
int shared;
static void tlock(void) {
  unsigned my = atomic_fetch_add(&next_ticket, 1);
  while (atomic_load(&now_serving) != my) { }
}
static void tunlock(void) { atomic_fetch_add(&now_serving, 1); }
void *worker(void *arg) {
  int fast = (int)(intptr_t)arg;
  for (int i = 0; i < 2; i++) {
    if (fast) { shared = shared * 2 + 1; continue; }
    tlock();
    shared = shared * 2 + 1;
    tunlock();
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)(i == N - 1));
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d\n", shared);
  return 0;
}
