/* TRUTH: racy — partition bound uses <= so thread i also writes out[(i+1)*K], the first cell of thread i+1 */
#include <pthread.h>
#include <stdio.h>
#define N 4
#define K 8

int out[N * K + 1];

static void *fill(void *arg) {
  long id = (long)arg;
  for (long k = id * K; k <= (id + 1) * K; k++)
    out[k] = (int)id;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, fill, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int k = 0; k <= N * K; k++) s += out[k];
  printf("%d\n", s);
  return 0;
}
