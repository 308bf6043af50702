/* TRUTH: racy — even ids wait on barrier b0, odd ids on b1; instance 0 reads a[1] after b0 but instance 1 writes a[1] before b1 — different barriers, no ordering */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int out[N];
pthread_barrier_t b0, b1;
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id + 1;
  pthread_barrier_wait(id % 2 ? &b1 : &b0);
  out[id] = a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  pthread_barrier_init(&b0, 0, 2);
  pthread_barrier_init(&b1, 0, 2);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
