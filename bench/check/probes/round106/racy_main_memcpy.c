/* TRUTH: racy — main copies the whole data[] with memcpy while the instances are still writing data[id % 4] (join comes after) */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define N 3
int data[4];
int snap[4];
void *f(void *p) {
  long id = (long)p;
  data[id % 4] = (int)id + 1;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  memcpy(snap, data, sizeof data);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", snap[0]);
  return 0;
}
