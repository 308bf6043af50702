/* TRUTH: free — each instance indexes its OWN buffer bufs[id] (distinct arrays), so a[id] and a[id + 1] of different instances are in different objects */
#include <pthread.h>
#include <stdio.h>
#define N 4
int store[N][N + 1];
int *bufs[N];
int out[N];
void *f(void *p) {
  long id = (long)p;
  int *a = bufs[id];
  a[id] = (int)id + 1;
  out[id] = a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) bufs[i] = store[i];
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
