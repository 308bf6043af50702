/* TRUTH: racy — SLOT(1)++ selects gi: the thread increments gi while main writes gi */
#include <pthread.h>
#include <stdio.h>
int gi; double gd;
#define SLOT(x) _Generic((x), int: gi, double: gd)
static void *t(void *v) { (void)v; SLOT(1)++; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  gi = 2;
  pthread_join(h, 0);
  printf("%d %f\n", gi, gd);
  return 0;
}
