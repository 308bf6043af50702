/* TRUTH: racy — m[id % 2][0]: ids 0 and 2 both update m[0][0] */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3
int m[2][N];
void *f(void *p) {
  long id = (long)p;
  m[id % 2][0] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("done\n");
  return 0;
}
