/* TRUTH: free — NOTP (from neg.h) is !: NOTP p tests the pointer only; the thread never reads x; main writes x */
#include <pthread.h>
#include <stdio.h>
#include "neg.h"
int x;
static void *t(void *a) { int *p = a; return (void *)(long)(NOTP p); }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, &x);
  x = 3;
  pthread_join(h, 0);
  printf("%d\n", x);
  return 0;
}
