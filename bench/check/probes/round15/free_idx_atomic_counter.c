/* Race-free: each thread takes a unique id with atomic_fetch_add, so writes to data[id] are disjoint; main reads after joins. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#define N 4
atomic_int next_id;
int data[N];
void *worker(void *arg) {
  (void)arg;
  int id = atomic_fetch_add(&next_id, 1);
  if (id < N) data[id] = 100 + id;
  return NULL;
}
int main(void) {
  pthread_t th[N];
  for (int i = 0; i < N; i++) pthread_create(&th[i], NULL, worker, NULL);
  for (int i = 0; i < N; i++) pthread_join(th[i], NULL);
  for (int i = 0; i < N; i++) printf("%d\n", data[i]);
  return 0;
}
