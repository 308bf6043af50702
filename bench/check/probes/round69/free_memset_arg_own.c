/* TRUTH: free — each thread memsets exactly its own element a[i] */
#include <pthread.h>
#include <string.h>
#include <stdio.h>
#define N 4
struct S { int x, y; } a[N + 1];
void *w(void *arg) {
  struct S *p = arg;
  p->x = 1;
  memset(p, 0, sizeof *p);
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, &a[i]);
  for (int i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", a[0].x);
  return 0;
}
