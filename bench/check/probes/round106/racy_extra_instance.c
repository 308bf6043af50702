/* TRUTH: racy — besides the loop's instances 0..2, main starts one more instance of f with id 0 outside the loop; it and loop instance 0 both update data[0] */
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
  pthread_t t[N], extra;
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  pthread_create(&extra, 0, f, (void *)0L);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  pthread_join(extra, 0);
  printf("%d\n", data[0]);
  return 0;
}
