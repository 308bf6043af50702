/* Race-free: a random number k of threads is created and exactly those k are joined before main reads their slots. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define MAXT 8
long out[MAXT];
void *worker(void *arg) {
  long i = (long)(intptr_t)arg;
  out[i] = i * i;
  return NULL;
}
int main(int argc, char **argv) {
  (void)argv;
  pthread_t t[MAXT];
  int k = 2 + (rand() + argc) % 6;
  for (int i = 0; i < k; i++)
    pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  for (int i = 0; i < k; i++)
    pthread_join(t[i], NULL);
  long s = 0;
  for (int i = 0; i < k; i++) s += out[i];
  printf("%ld\n", s);
  return 0;
}
