/* TRUTH: racy — main overwrites ids[0] after the loop while instance 0 may still be reading it through its argument pointer */
#include <pthread.h>
#include <stdio.h>
#define N 3
int a[N];
int ids[N];
void *f(void *p) {
  int id = *(int *)p;
  a[id % N] = id + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  int i;
  for (i = 0; i < N; i++) {
    ids[i] = i;
    pthread_create(&t[i], 0, f, &ids[i]);
  }
  ids[0] = 2;
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", a[0]);
  return 0;
}
