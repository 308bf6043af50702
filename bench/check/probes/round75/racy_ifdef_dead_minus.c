/* TRUTH: racy — OP is - only in the dead #ifdef NEVER branch; live OP is --, so OP g decrements g while main reads it */
#include <pthread.h>
#include <stdio.h>
int g;
#ifdef NEVER
#define OP -
#endif
#ifndef NEVER
#define OP --
#endif
static void *t(void *a) { (void)a; OP g; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
