/* TRUTH: racy — sscanf writes v[id] and v[id + 1]; neighbour writes v[id + 1] */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#define N 4
int v[N + 1];
void *f(void *p) {
  long id = (long)p;
  sscanf("1 2", "%d %d", &v[id], &v[id + 1]);
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  return 0;
}
