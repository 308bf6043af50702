/* TRUTH: racy — memset from &data[id % 4] clears TWO ints, so instance 0 also writes data[1], which instance 1 writes too */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define N 3
int data[5];
void *f(void *p) {
  long id = (long)p;
  memset(&data[id % 4], 0, 2 * sizeof(int));
  data[id % 4] = (int)id + 1;
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
