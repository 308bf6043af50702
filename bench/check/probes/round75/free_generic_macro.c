/* TRUTH: free — SLOT(x) is _Generic((x), int: gi, double: gd): SLOT(1.0)++ increments gd; main writes gi */
#include <pthread.h>
#include <stdio.h>
int gi; double gd;
#define SLOT(x) _Generic((x), int: gi, double: gd)
static void *t(void *v) { (void)v; SLOT(1.0)++; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  gi = 2;
  pthread_join(h, 0);
  printf("%d %f\n", gi, gd);
  return 0;
}
