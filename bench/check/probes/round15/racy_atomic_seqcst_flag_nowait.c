/* Racy: main checks the flag only once and reads buf even when the flag is not yet set, racing with the worker's writes. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#define L 4
int buf[L];
atomic_int flag;
void *worker(void *arg) {
  (void)arg;
  for (int i = 0; i < L; i++) buf[i] = i * 3;
  atomic_store(&flag, 1);
  return NULL;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  int seen = atomic_load(&flag);
  int s = 0;
  for (int i = 0; i < L; i++) s += buf[i];
  printf("%d %d\n", s, seen);
  pthread_join(t, NULL);
  return 0;
}
