/* TRUTH: free — a points to the calling thread’s own _Thread_local array tl */
#include <pthread.h>
#include <stdio.h>
#define N 4
_Thread_local int tl[N + 1];
int out[N];
void *f(void *p) {
  long id = (long)p;
  int *a = tl;
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
