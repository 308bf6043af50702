/* TRUTH: free — *_Generic(0L, int: p, long: q) = 1 selects q (0L is long): the thread writes y; main writes x */
#include <pthread.h>
#include <stdio.h>
int x, y;
int *p = &x, *q = &y;
static void *t(void *a) { (void)a; *_Generic(0L, int: p, long: q) = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  x = 2;
  pthread_join(h, 0);
  printf("%d %d\n", x, y);
  return 0;
}
