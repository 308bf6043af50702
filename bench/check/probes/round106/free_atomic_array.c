/* TRUTH: free — a[] is an array of _Atomic int: the a[id] store and a[id + 1] load are both atomic (seq_cst), so no data race */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define N 4
_Atomic int a[N + 1];
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
