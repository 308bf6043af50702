/* TRUTH: racy — qsort over &v[id], 2 elements, reads/writes v[id + 1] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#define N 4
int v[N + 1]; static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
void *f(void *p) {
  long id = (long)p;
  v[id] = (int)(10 - id); qsort(&v[id], 2, sizeof(int), cmp);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
