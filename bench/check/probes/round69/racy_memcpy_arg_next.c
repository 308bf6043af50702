/* TRUTH: racy — thread i copies from p + 1, i.e. reads a[i+1], which thread i+1 writes */
#include <pthread.h>
#include <string.h>
#include <stdio.h>
#define N 4
struct S { int x, y; } a[N + 1];
void *w(void *arg) {
  struct S *p = arg;
  struct S tmp;
  p->x = 1;
  memcpy(&tmp, p + 1, sizeof tmp);
  p->y = tmp.x;
  return 0;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], 0, w, &a[i]);
  for (int i = 0; i < N; i++) pthread_join(t[i], 0);
  printf("%d\n", a[1].y);
  return 0;
}
