/* Race-free: each thread returns its own heap result through pthread_join; nothing else is shared. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#define N 3
void *worker(void *arg) {
  int i = (int)(intptr_t)arg;
  int *r = malloc(sizeof *r);
  if (r) *r = i * 7;
  return r;
}
int main(void) {
  pthread_t t[N];
  int total = 0;
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  for (int i = 0; i < N; i++) {
    void *rv;
    pthread_join(t[i], &rv);
    if (rv) { total += *(int *)rv; free(rv); }
  }
  printf("%d\n", total);
  return 0;
}
