/* Racy: main prints produced with a plain read while the workers are still running and adding to it atomically. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
int produced;
int live;
void *worker(void *arg) {
  (void)arg;
  __sync_fetch_and_add(&live, 1);
  for (int i = 0; i < 3; i++) __sync_fetch_and_add(&produced, 2);
  __sync_sub_and_fetch(&live, 1);
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, NULL);
  printf("progress %d\n", produced);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d %d\n", produced, live);
  return 0;
}
