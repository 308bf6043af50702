/* TRUTH: racy — DEREF(p) from ops.h is *ID(p): DEREF(p) = 2 stores to x while main reads x */
#include <pthread.h>
#include <stdio.h>
#include "ops.h"
int x;
static void *t(void *a) { int *p = a; DEREF(p) = 2; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, &x);
  int v = x;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
