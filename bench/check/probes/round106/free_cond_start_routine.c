/* TRUTH: free — instance 2 is started with g (which only touches other[]), so only ids 0,1 run f and two[id % 2] slots are distinct */
#include <pthread.h>
#include <stdio.h>
#define N 3
int two[2];
int other[N];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
void *g(void *p) {
  long id = (long)p;
  other[id] = 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, i == 2 ? g : f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
