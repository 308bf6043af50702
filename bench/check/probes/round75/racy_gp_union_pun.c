/* TRUTH: racy — u.l is set to &x itself, so u.p still points at x: the thread and main both write x */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
int x, y;
union U { int *p; uintptr_t l; } u = { &x };
static void *t(void *a) { (void)a; *u.p = 1; return 0; }
int main(void) {
  u.l = (uintptr_t)&x;
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  x = 2;
  pthread_join(h, 0);
  printf("%d %d\n", x, y);
  return 0;
}
