/* TRUTH: racy — adjacent bit-fields a and b share one memory location */
#include <pthread.h>
#include <stdio.h>
struct S { int a : 4; int b : 4; } s;
void *t1(void *x) { s.a = 1; return 0; }
void *t2(void *x) { s.b = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d %d\n", s.a, s.b); return 0;
}
