/* TRUTH: racy — the loop counts 0..2 but hands each instance i * 2 as its id (0,2,4): id % 4 = 0,2,0, instances 0 and 2 both update data[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int data[4];
void *f(void *p) {
  long id = (long)p;
  data[id % 4] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)(i * 2));
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[0]);
  return 0;
}
