/* TRUTH: racy — the loop uses <= so 5 instances (ids 0..4) share data[id % 4]: ids 0 and 4 both update data[0] */
#include <pthread.h>
#include <stdio.h>
#define K 4
int data[K];
void *f(void *p) {
  long id = (long)p;
  data[id % K] += 1;
  return 0;
}
int main(void) {
  pthread_t t[K + 1];
  long i;
  for (i = 0; i <= K; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i <= K; i++) pthread_join(t[i], 0);
  printf("%d\n", data[0]);
  return 0;
}
