/* TRUTH: free — E2 (from ops.h) is only __extension__: E2 g is a read of g; main reads too */
#include <pthread.h>
#include <stdio.h>
#include "ops.h"
int g;
static void *t(void *a) { (void)a; int x = E2 g; return (void *)(long)x; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
