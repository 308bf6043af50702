/* TRUTH: racy — instance id reads a[id - 1] BEFORE joining instance id-1, which writes a[id - 1] */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N];
int out[N];
pthread_t t[N];
void *f(void *p) {
  long id = (long)p;
  if (id > 0) {
    out[id] = a[id - 1];
    pthread_join(t[id - 1], 0);
  }
  a[id] = (int)id + 1;
  return 0;
}
int main(void) {
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  pthread_join(t[N - 1], 0);
  printf("%d\n", out[N - 1]);
  return 0;
}
