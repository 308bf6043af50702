/* TRUTH: free — 2 instances (ids 0,1) use distinct two[id % 2]; main runs f with id 2 itself only after joining both */
#include <pthread.h>
#include <stdio.h>
#define N 2
int two[2];
void *f(void *p) {
  long id = (long)p;
  two[id % 2] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  f((void *)2L);
  printf("%d %d\n", two[0], two[1]);
  return 0;
}
