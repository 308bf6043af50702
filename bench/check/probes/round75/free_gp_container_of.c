/* TRUTH: free — p = &s.b, but the thread goes back to the struct and writes s.a; main writes s.b */
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
struct S { int a; int b; } s;
int *p = &s.b;
static void *t(void *v) {
  (void)v;
  struct S *o = (struct S *)((char *)p - offsetof(struct S, b));
  o->a = 1;
  return 0;
}
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  s.b = 2;
  pthread_join(h, 0);
  printf("%d %d\n", s.a, s.b);
  return 0;
}
