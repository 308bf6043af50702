/* TRUTH: racy — here `not` is a user macro for *, so `not p = 1` stores to x through p, racing main's read of x */
#include <pthread.h>
#include <stdio.h>
#define not *
int x;
static void *t(void *a) { int *p = a; not p = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, &x);
  int v = x;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
