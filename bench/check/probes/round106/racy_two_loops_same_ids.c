/* TRUTH: racy — two creation loops both hand out ids 0,1 and all four instances run together: the two id-0 instances both update data[0] */
#include <pthread.h>
#include <stdio.h>
int data[4];
void *f(void *p) {
  long id = (long)p;
  data[id % 4] += 1;
  return 0;
}
int main(void) {
  pthread_t t[2], u[2];
  long i;
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < 2; i++) pthread_create(&u[i], 0, f, (void *)i);
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  for (i = 0; i < 2; i++) pthread_join(u[i], 0);
  printf("%d\n", data[0]);
  return 0;
}
