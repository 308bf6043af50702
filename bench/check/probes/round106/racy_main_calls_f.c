/* TRUTH: racy — main runs f with id 2 itself while instances 0,1 are still running: main and instance 0 both update two[0] */
#include <pthread.h>
#include <stdio.h>
#define N 2
int two[2];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  f((void *)2L);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
