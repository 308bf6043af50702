/* Race-free: ranges [lo,hi) are computed by main to tile the array without overlap, and each thread writes only its range. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#define NT 3
#define LEN 20
struct range { int lo, hi; };
double v[LEN];
void *fill(void *p) {
  struct range *r = p;
  for (int i = r->lo; i < r->hi; i++) v[i] = i * 0.5;
  return NULL;
}
int main(void) {
  pthread_t th[NT];
  struct range rg[NT];
  int per = LEN / NT;
  for (int t = 0; t < NT; t++) {
    rg[t].lo = t * per;
    rg[t].hi = (t == NT - 1) ? LEN : (t + 1) * per;
    pthread_create(&th[t], NULL, fill, &rg[t]);
  }
  for (int t = 0; t < NT; t++) pthread_join(th[t], NULL);
  double s = 0;
  for (int i = 0; i < LEN; i++) s += v[i];
  printf("%f\n", s);
  return 0;
}
