/* TRUTH: racy — the asm output sets p to &x again, so the thread writes x while main writes x */
#include <pthread.h>
#include <stdio.h>
int x, y;
int *p = &x;
static void *t(void *a) { (void)a; *p = 1; return 0; }
int main(void) {
  __asm__ volatile("" : "=r"(p) : "0"(&x));
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  x = 2;
  pthread_join(h, 0);
  printf("%d %d\n", x, y);
  return 0;
}
