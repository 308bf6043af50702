/* Racy: the CAS loop starts from a plain read of best, which races with other threads' atomic CAS writes. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 4
int best;
int cand[N];
void *worker(void *arg) {
  int v = cand[(intptr_t)arg];
  int cur = best;
  while (v > cur) {
    int prev = __sync_val_compare_and_swap(&best, cur, v);
    if (prev == cur) break;
    cur = prev;
  }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) cand[i] = rand() % 50;
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d\n", best);
  return 0;
}
