/* TRUTH: racy — x and y are adjacent non-zero-width bit-fields, so they form ONE memory location (C11 3.14): instance id writes s[id].x while instance id-1 reads s[id].y */
#include <pthread.h>
#include <stdio.h>
#define N 4
struct cell { int x : 8; int y : 8; };
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
  printf("%d %d\n", out[0], s[1].x);
  return 0;
}
