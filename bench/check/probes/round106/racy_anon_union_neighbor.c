/* TRUTH: racy — x and y are members of an anonymous union inside the struct, so they overlap: s[id].x write vs neighbour's s[id].y read */
#include <pthread.h>
#include <stdio.h>
#define N 4
struct cell { int tag; union { int x; int y; }; };
struct cell s[N + 1];
int out[N];
void *f(void *p) {
  long id = (long)p;
  s[id].x = (int)id + 1;
  out[id] = s[id + 1].y;
  return 0;
}
int main(void) {
  pthread_t t[N];
  long i;
  for (i = 0; i < N; i++) pthread_create(&t[i], 0, f, (void *)i);
  for (i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", out[0]);
  return 0;
}
