/* TRUTH: free — NEG (from neg.h) is unary minus: x = NEG g is a read of g; main only reads g too */
#include <pthread.h>
#include <stdio.h>
#include "neg.h"
int g = 4;
static void *t(void *a) { (void)a; int x = NEG g; return (void *)(long)x; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
