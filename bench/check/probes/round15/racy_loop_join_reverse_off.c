/* Racy: the reverse join loop stops at i>0, so thread 0 is never joined and main's read of vals[0] races with it. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
int *vals;
void *worker(void *arg) {
  int i = (int)(intptr_t)arg;
  vals[i] = 3 * i + 1;
  return NULL;
}
int main(int argc, char **argv) {
  (void)argv;
  int n = argc > 2 ? 6 : 3;
  vals = malloc(sizeof(int) * n);
  if (!vals) return 1;
  pthread_t *t = malloc(sizeof(pthread_t) * n);
  if (!t) return 1;
  for (int i = 0; i < n; i++) pthread_create(&t[i], NULL, worker, (void *)(intptr_t)i);
  for (int i = n - 1; i > 0; i--) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < n; i++) s += vals[i];
  printf("%d\n", s);
  return 0;
}
