/* TRUTH: racy — instance id writes data[id % 4] and reads data[(id + 1) % 4]: instance 0 reads data[1] which instance 1 writes */
#include <pthread.h>
#include <stdio.h>
#define N 4
int data[4];
int out[N];
void *f(void *p) {
  long id = (long)p;
  data[id % 4] = (int)id + 1;
  out[id] = data[(id + 1) % 4];
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
