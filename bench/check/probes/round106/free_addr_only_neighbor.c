/* TRUTH: free — &a[id + 1] only computes an address and compares it; no access to a[id + 1] */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int out[N];
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id + 1;
  out[id] = &a[id + 1] > &a[id];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", out[0], a[1]);
  return 0;
}
