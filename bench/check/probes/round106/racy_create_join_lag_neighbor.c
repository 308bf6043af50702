/* TRUTH: racy — instance i-1 is joined only after instance i is created, so neighbours i-1 and i overlap: a[i] write vs a[(i-1)+1] read */
#include <pthread.h>
#include <stdio.h>
#define N 3
int a[N + 1];
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
  for (i = 0; i < N; i++) {
    pthread_create(&t[i], 0, f, (void *)i);
    if (i > 0) pthread_join(t[i - 1], 0);
  }
  pthread_join(t[N - 1], 0);
  printf("%d\n", out[0]);
  return 0;
}
