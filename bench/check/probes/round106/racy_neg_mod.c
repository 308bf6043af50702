/* TRUTH: racy — ids shifted to -2,-1,0; id % 2 = 0,-1,0 so instances 0 and 2 both update two[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int buf[3];
int *const two = buf + 1;
void *f(void *p) {
  long id = (long)p - 2;
  two[id % 2] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d %d\n", buf[0], buf[1], buf[2]);
  return 0;
}
