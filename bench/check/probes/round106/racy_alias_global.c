/* TRUTH: racy — alias points to data; instance 0 writes alias[(0 + 1) % 4] = data[1] while instance 1 updates data[1 % 4] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int data[4];
int *alias = data;
void *f(void *p) {
  long id = (long)p;
  data[id % 4] += 1;
  alias[(id + 1) % 4] = 0;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[1]);
  return 0;
}
