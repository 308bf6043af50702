/* TRUTH: racy — ADDR is the unary & and STAR the unary *: STAR ADDR g = 1 writes g while main reads g */
#include <pthread.h>
#include <stdio.h>
#define STAR *
#define ADDR &
int g;
static void *t(void *a) { (void)a; STAR ADDR g = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
