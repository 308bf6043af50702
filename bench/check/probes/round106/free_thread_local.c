/* TRUTH: free — a[] is _Thread_local, every instance has its own copy, so a[id] and a[id + 1] of different instances are different objects */
#include <pthread.h>
#include <stdio.h>
#define N 4
_Thread_local int a[N + 1];
int out[N];
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id + 1;
  out[id] = a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
