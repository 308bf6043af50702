/* TRUTH: racy — the POINTER a is _Thread_local, but every thread's copy points to the same global array g: a[id] write and a[id + 1] read hit shared memory */
#include <pthread.h>
#include <stdio.h>
#define N 4
int g[N + 1];
_Thread_local int *a = g;
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
