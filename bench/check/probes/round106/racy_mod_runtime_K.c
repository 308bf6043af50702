/* TRUTH: racy — K = argc + 1 is 2 when run without arguments; 3 instances over data[id % K]: ids 0 and 2 both update data[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int K = 4;
int data[64];
void *f(void *p) {
  long id = (long)p;
  data[id % K] += 1;
  return 0;
}
int main(int argc, char **argv) {
  pthread_t t[N];
  long i;
  (void)argv;
  K = (argc + 1) % 64;
  if (K == 0) K = 1;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[0]);
  return 0;
}
