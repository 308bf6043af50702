/* Race-free: threads write distinct slots of a heap array and main joins them in reverse order before reading. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
int *vals;
void *worker(void *arg) {
  int i = (int)(intptr_t)arg;
  vals[i] = 3 * i;
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
  for (int i = n - 1; i >= 0; i--) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < n; i++) s += vals[i];
  printf("%d\n", s);
  free(vals);
  free(t);
  return 0;
}
