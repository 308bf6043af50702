/* TRUTH: racy — id is halved before use: ids 0 and 1 both write a[0] */
#include <pthread.h>
#include <stdio.h>
#define N 4
int a[N];
void *f(void *p) {
  long id = (long)p;
  id = id / 2;
  a[id] = (int)id + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", a[0]);
  return 0;
}
