/* TRUTH: free — two creation loops (ids 0,1 then 2,3); the first batch is joined before the second starts, so ids 0/2 and 1/3 sharing two[id % 2] are ordered */
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
  for (i = 0; i < 2; i++) pthread_join(t[i], 0);
  for (i = 2; i < 4; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 2; i < 4; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
