/* Racy: when argc <= 1 main reads res[2] without joining the threads, racing with thread 2's write. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 4
int res[N];
void *worker(void *arg) {
  int i = (int)(intptr_t)arg;
  res[i] = i ^ 5;
  return NULL;
}
int main(int argc, char **argv) {
  (void)argv;
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  if (argc > 1) {
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", res[0] + res[1] + res[2] + res[3]);
  } else {
    printf("%d\n", res[2]);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  }
  return 0;
}
