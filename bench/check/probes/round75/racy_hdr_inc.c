/* TRUTH: racy — INC (from neg.h) is ++: INC g in the thread writes g while main reads it */
#include <pthread.h>
#include <stdio.h>
#include "neg.h"
int g = 4;
static void *t(void *a) { (void)a; INC g; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
