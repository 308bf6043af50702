/* Race-free: main joins threads with a while loop driven by a joined counter that reaches n before any result is read. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define MAXT 6
double acc[MAXT];
void *worker(void *arg) {
  int i = (int)(intptr_t)arg;
  double x = 0;
  for (int k = 1; k <= 4; k++) x += 1.0 / (k + i);
  acc[i] = x;
  return NULL;
}
int main(void) {
  pthread_t t[MAXT];
  int n = 2 + rand() % (MAXT - 1);
  int created = 0, joined = 0;
  while (created < n) {
    pthread_create(&t[created], NULL, worker, (void *)(intptr_t)created);
    created++;
  }
  while (joined < created) {
    pthread_join(t[joined], NULL);
    joined++;
  }
  double s = 0;
  for (int i = 0; i < n; i++) s += acc[i];
  printf("%f\n", s);
  return 0;
}
