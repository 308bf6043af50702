/* TRUTH: racy — every instance gets &i, the shared loop counter; the instance reads *p while main increments i (and ids may repeat) */
#include <pthread.h>
#include <stdio.h>
#define N 3
int data[4];
void *f(void *p) {
  long id = *(long *)p;
  data[id % 4] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i, j;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, &i);
  for (j = 0; j < N; j++) pthread_join(t[j], 0);
  printf("%d\n", data[0]);
  return 0;
}
