/* TRUTH: racy — ids[] has only 2 slots reused as ids[i % 2]: main rewrites ids[0] for instance 2 while instance 0 may still read it (and both may then use id 2) */
#include <pthread.h>
#include <stdio.h>
#define N 3
int data[4];
int ids[2];
void *f(void *p) {
  int id = *(int *)p;
  data[id % 4] += 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) {
    ids[i % 2] = i;
    pthread_create(&t[i], 0, f, &ids[i % 2]);
  }
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", data[0]);
  return 0;
}
