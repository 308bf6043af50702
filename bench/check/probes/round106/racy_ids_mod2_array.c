/* TRUTH: racy — ids[i] = i % 2, so the 3 instances get ids 0,1,0 and two of them update data[0] */
#include <pthread.h>
#include <stdio.h>
#define N 3
int data[4];
int ids[N];
void *f(void *p) {
  int id = *(int *)p;
  data[id % 4] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) {
    ids[i] = i % 2;
    pthread_create(&t[i], 0, f, &ids[i]);
  }
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[0]);
  return 0;
}
