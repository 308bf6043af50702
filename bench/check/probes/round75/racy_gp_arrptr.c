/* TRUTH: racy — p = &s.a; the thread writes (*p)[0]; main writes s.a[0] */
#include <pthread.h>
#include <stdio.h>
struct S { int a[2]; int b; } s;
int (*p)[2] = &s.a;
static void *t(void *v) { (void)v; (*p)[0] = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  s.a[0] = 2;
  pthread_join(h, 0);
  printf("%d %d\n", s.a[0], s.a[1]);
  return 0;
}
