/* TRUTH: free — all threads joined (in reverse order) before main reads their slots */
#include <pthread.h>
#include <stdio.h>
#define N 5

int results[N];

static void *work(void *arg) {
  long id = (long)arg;
  results[id] = (int)(id * 3 + 1);
  return NULL;
}

int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, work, (void *)i);
  for (int i = N - 1; i >= 0; i--) pthread_join(t[i], NULL);
  int s = 0;
  for (int i = 0; i < N; i++) s += results[i];
  printf("%d\n", s);
  return 0;
}
