/* TRUTH: racy — E3 (from ops.h) is __extension__ ++ three macros deep: E3 g increments g while main reads it */
#include <pthread.h>
#include <stdio.h>
#include "ops.h"
int g;
static void *t(void *a) { (void)a; E3 g; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
