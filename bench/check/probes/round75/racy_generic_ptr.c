/* TRUTH: racy — *_Generic(0, int: p, long: q) = 1 selects p (0 is int): the thread writes x while main writes x */
#include <pthread.h>
#include <stdio.h>
int x, y;
int *p = &x, *q = &y;
static void *t(void *a) { (void)a; *_Generic(0, int: p, long: q) = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  x = 2;
  pthread_join(h, 0);
  printf("%d %d\n", x, y);
  return 0;
}
