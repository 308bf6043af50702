/* TRUTH: free — 3 instances with ids 0..2 use data[id % 4] = slots 0,1,2, all distinct */
#include <pthread.h>
#include <stdio.h>
#define N 3
int data[4];
void *f(void *p) {
  long id = (long)p;
  data[id % 4] += (int)id + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[0] + data[1] + data[2]);
  return 0;
}
