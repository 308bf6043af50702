/* TRUTH: free — 4 instances, data[(id + 1) % 4] maps ids 0..3 to slots 1,2,3,0, a permutation */
#include <pthread.h>
#include <stdio.h>
#define N 4
int data[4];
void *f(void *p) {
  long id = (long)p;
  data[(id + 1) % 4] = (int)id;
  data[(id + 1) % 4] *= 3;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[0] + data[3]);
  return 0;
}
