/* TRUTH: racy — 5 instances but only 4 slots: ids 0 and 4 both write data[0] */
#include <pthread.h>
#include <stdio.h>
#define N 5
int data[4];
void *f(void *p) {
  long id = (long)p;
  data[id % 4] = (int)id;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[0]);
  return 0;
}
