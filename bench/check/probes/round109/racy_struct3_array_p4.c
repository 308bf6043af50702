/* TRUTH: racy — struct T{x,y,z} g[2] as int*: A writes p[4] == g[1].y, B reads g[1].y */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

struct T { int x, y, z; };
static struct T g[2];

static void *A(void *a) {
  int *p = a;
  p[4] = 1;
  return 0;
}

static void *B(void *a) {
  (void)a;
  printf("%d\n", g[1].y);
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, g);
  pthread_create(&t2, 0, B, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
