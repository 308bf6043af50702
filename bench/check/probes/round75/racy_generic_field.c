/* TRUTH: racy — _Generic((short)0, char: s.a, default: s.b) selects s.b by default: the thread writes s.b while main writes s.b */
#include <pthread.h>
#include <stdio.h>
struct S { int a; int b; } s;
static void *t(void *v) { (void)v; _Generic((short)0, char: s.a, default: s.b) = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  s.b = 2;
  pthread_join(h, 0);
  printf("%d %d\n", s.a, s.b);
  return 0;
}
