/* TRUTH: free — _Generic((char)0, char: s.a, default: s.b) = 1 selects s.a: the thread writes s.a; main writes s.b */
#include <pthread.h>
#include <stdio.h>
struct S { int a; int b; } s;
static void *t(void *v) { (void)v; _Generic((char)0, char: s.a, default: s.b) = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  s.b = 2;
  pthread_join(h, 0);
  printf("%d %d\n", s.a, s.b);
  return 0;
}
