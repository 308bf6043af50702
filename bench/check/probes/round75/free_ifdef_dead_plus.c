/* TRUTH: free — OP is ++ only in the dead #ifdef NEVER branch; live OP is -, so OP g in the thread is a read; main reads g too */
#include <pthread.h>
#include <stdio.h>
int g;
#ifdef NEVER
#define OP ++
#endif
#ifndef NEVER
#define OP -
#endif
static void *t(void *a) { (void)a; int x = OP g; return (void *)(long)x; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
