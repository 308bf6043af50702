/* TRUTH: racy — loop steps by 2 so ids are 0,2,4; all map to two[id % 2] = two[0] */
#include <pthread.h>
#include <stdio.h>
int two[2];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
int main(void) {
  pthread_t t[6];
  long i;
  for (i = 0; i < 6; i += 2) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < 6; i += 2) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
