/* TRUTH: racy — _Generic(0L, int: a, long: b)[1] = 5 selects b and writes b[1]; main writes b[1] */
#include <pthread.h>
#include <stdio.h>
int a[2], b[2];
static void *t(void *v) { (void)v; _Generic(0L, int: a, long: b)[1] = 5; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  a[0] = 1; b[1] = 2;
  pthread_join(h, 0);
  printf("%d %d %d\n", a[0], a[1], b[1]);
  return 0;
}
