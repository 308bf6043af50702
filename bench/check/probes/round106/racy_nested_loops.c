/* TRUTH: racy — nested loops create two rounds of instances with ids 0,1 that all run together; the two id-0 instances both update data[0] */
#include <pthread.h>
#include <stdio.h>
int data[4];
void *f(void *p) {
  long id = (long)p;
  data[id % 4] += 1;
  return 0;
}
int main(void) {
  pthread_t t[2][2];
  long r, i;
  for (r = 0; r < 2; r++)
    for (i = 0; i < 2; i++) pthread_create(&t[r][i], 0, f, (void *)i);
  for (r = 0; r < 2; r++)
    for (i = 0; i < 2; i++) pthread_join(t[r][i], 0);
  printf("%d\n", data[0]);
  return 0;
}
