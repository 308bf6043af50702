/* TRUTH: free — ids[i] = 2*i (0,2,4): writes a[id] hit even cells, reads a[id + 1] odd cells */
#include <pthread.h>
#include <stdio.h>
#define N 3
int a[2 * N];
int ids[N];
int out[N];
void *f(void *p) {
  int id = *(int *)p;
  a[id] = id + 1;
  out[id / 2] = a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) {
    ids[i] = 2 * i;
    pthread_create(&t[i], 0, f, &ids[i]);
  }
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
