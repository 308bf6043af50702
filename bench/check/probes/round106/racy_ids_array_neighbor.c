/* TRUTH: racy — ids[i] = i; instance 1 writes a[1] while instance 0 reads a[0 + 1] */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int ids[N];
int out[N];
void *f(void *p) {
  int id = *(int *)p;
  a[id] = id + 7;
  out[id] = a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&t[i], 0, f, &ids[i]);
  }
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
