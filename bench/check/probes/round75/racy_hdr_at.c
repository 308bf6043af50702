/* TRUTH: racy — AT (from neg.h) is *: AT p reads x through p while main writes x */
#include <pthread.h>
#include <stdio.h>
#include "neg.h"
int x;
static void *t(void *a) { int *p = a; return (void *)(long)(AT p); }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, &x);
  x = 3;
  pthread_join(h, 0);
  printf("%d\n", x);
  return 0;
}
