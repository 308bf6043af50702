/* TRUTH: racy — two creation loops (ids 0,1 then 2,3) all alive together; ids 0 and 2 both update two[0] */
#include <pthread.h>
#include <stdio.h>
int two[2];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
int main(void) {
  pthread_t t[4];
  long i;
  for (i = 0; i < 2; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 2; i < 4; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < 4; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
