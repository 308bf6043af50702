/* TRUTH: racy — K is the unparenthesised macro 2+2, so data[id % K] is data[(id % 2) + 2]: ids 0 and 2 both update data[2] */
#include <pthread.h>
#include <stdio.h>
#define N 3
#define K 2+2
int data[4];
void *f(void *p) {
  long id = (long)p;
  data[id % K] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", data[2], data[3]);
  return 0;
}
