/* TRUTH: racy — A gets &g[1].x as int* and writes q[-1] == g[0].z; B reads g[0].z */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

struct T { int x, y, z; };
static struct T g[2];

static void *A(void *a) {
  int *q = a;
  q[-1] = 9;
  return 0;
}

static void *B(void *a) {
  (void)a;
  printf("%d\n", g[0].z);
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, &g[1].x);
  pthread_create(&t2, 0, B, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
