/* TRUTH: free — the thread stores to x through DEREF(p); main reads x only after joining the thread */
#include <pthread.h>
#include <stdio.h>
#include "ops.h"
int x;
static void *t(void *a) { int *p = a; DEREF(p) = 2; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, &x);
  pthread_join(h, 0);
  int v = x;
  printf("%d\n", v);
  return 0;
}
