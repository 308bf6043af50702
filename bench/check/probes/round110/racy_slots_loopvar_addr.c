/* TRUTH: racy — thread id passed as &i (the loop variable): main's i++ races with the thread's read of *arg */
#include <pthread.h>
#include <stdio.h>
#define N 6

long results[N];

static void *work(void *arg) {
  int id = *(int *)arg;
  if (id >= 0 && id < N) results[id] = id * 10L;
  return NULL;
}

int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) pthread_create(&t[i], NULL, work, &i);
  for (int j = 0; j < N; j++) pthread_join(t[j], NULL);
  long s = 0;
  for (int j = 0; j < N; j++) s += results[j];
  printf("%ld\n", s);
  return 0;
}
