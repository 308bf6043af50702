/* TRUTH: racy — f-instances and g-instances both use ids 0,1 on the same data[id % 4]; f(0) and g(0) both update data[0] */
#include <pthread.h>
#include <stdio.h>
int data[4];
void *f(void *p) {
  long id = (long)p;
  data[id % 4] += 1;
  return 0;
}
void *g(void *p) {
  long id = (long)p;
  data[id % 4] += 10;
  return 0;
}
int main(void) {
  pthread_t t[2], u[2];
  long i;
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < 2; i++) pthread_create(&u[i], 0, g, (void *)i);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  for (i = 0; i < 2; i++) pthread_join(u[i], 0);
  printf("%d\n", data[0]);
  return 0;
}
