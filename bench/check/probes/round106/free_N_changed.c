/* TRUTH: free — global N starts at 3 but main sets it to 2 before the loop, so only ids 0,1 exist and two[id % 2] slots are distinct */
#include <pthread.h>
#include <stdio.h>
int N = 3;
int two[2];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
int main(void) {
  pthread_t t[3];
  long i;
  N = 2;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
