/* TRUTH: racy — (unsigned)(id - 1) % 3: id 0 gives UINT_MAX % 3 = 0 and id 1 gives 0 % 3 = 0, so instances 0 and 1 both update data[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int data[3];
void *f(void *p) {
  long id = (long)p;
  data[(unsigned)(id - 1) % 3] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d %d\n", data[0], data[1], data[2]);
  return 0;
}
