/* TRUTH: racy — the barrier counts 3 and instance 3 skips it, so instance 3's write a[3] is not ordered before instance 2's read a[2 + 1] */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N + 1];
int out[N];
pthread_barrier_t b;
void *f(void *p) {
  long id = (long)p;
  a[id] = (int)id + 1;
  if (id != N - 1) pthread_barrier_wait(&b);
  out[id] = a[id + 1];
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  pthread_barrier_init(&b, 0, N - 1);
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[2]);
  return 0;
}
