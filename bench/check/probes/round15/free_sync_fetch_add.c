/* Race-free: every thread updates the plain-int counters only through __sync_fetch_and_add / __sync_sub_and_fetch. */
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
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  printf("%d %d\n", produced, live);
  return 0;
}
