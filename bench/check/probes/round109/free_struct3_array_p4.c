/* TRUTH: free — A writes p[4] == g[1].y only; B writes g[0].y, g[1].x, g[1].z (p[1],p[3],p[5]) */
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
  g[0].y = 2;
  g[1].x = 3;
  g[1].z = 4;
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, g);
  pthread_create(&t2, 0, B, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  printf("%d\n", g[0].y + g[1].x + g[1].y + g[1].z);
  return 0;
}
