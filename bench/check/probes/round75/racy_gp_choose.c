/* TRUTH: racy — __builtin_choose_expr(0, p, q) stores into q, so p still points at x: the thread and main both write x */
#include <pthread.h>
#include <stdio.h>
int x, y;
int *p = &x;
int *q;
static void *t(void *a) { (void)a; *p = 1; return 0; }
int main(void) {
  __builtin_choose_expr(0, p, q) = &y;
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  x = 2;
  pthread_join(h, 0);
  printf("%d %d\n", x, y);
  return 0;
}
