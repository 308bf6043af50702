/* TRUTH: racy — instance 1 indexes through q = data + 1, so q[1 % 4] is data[2], the same cell instance 2 updates via q = data */
#include <pthread.h>
#include <stdio.h>
#define N 3
int data[5];
void *f(void *p) {
  long id = (long)p;
  int *q = data + (id == 1);
  q[id % 4] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[2]);
  return 0;
}
