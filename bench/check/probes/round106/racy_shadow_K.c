/* TRUTH: racy — global K is 4 but the thread function's local K (shadowing it) is 2: ids 0 and 2 both update data[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
const int K = 4;
int data[4];
void *f(void *p) {
  long id = (long)p;
  const int K = 2;
  data[id % K] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", data[0], K);
  return 0;
}
