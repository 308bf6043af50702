/* TRUTH: racy — join loop starts at 1, so thread 0 is never joined before main reads results[0] */
#include <pthread.h>
#include <stdio.h>
#define N 4

int results[N];

static void *work(void *arg) {
  long id = (long)arg;
  results[id] = (int)(id * id);
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, work, (void *)i);
  for (int i = 1; i < N; i++) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < N; i++) s += results[i];
  printf("%d\n", s);
  return 0;
}
