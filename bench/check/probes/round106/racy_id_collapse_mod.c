/* TRUTH: racy — id 2 is remapped to 0 before data[id % 4]: instances 0 and 2 both update data[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int data[4];
void *f(void *p) {
  long id = (long)p;
  if (id == 2) id = 0;
  data[id % 4] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[0]);
  return 0;
}
