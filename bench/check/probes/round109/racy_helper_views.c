/* TRUTH: racy — views made in helpers: A writes as_long(p)[0], B reads as_int(p)[1]: overlap */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static long *as_long(void *p) { return (long *)p; }
static int *as_int(void *p) { return (int *)p; }

static void *A(void *a) {
  as_long(a)[0] = 8;
  return 0;
}

static void *B(void *a) {
  int *ip = as_int(a);
  printf("%d\n", ip[1]);
  return 0;
}

int main(void) {
  void *blk = calloc(1, 16);
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, blk);
  pthread_create(&t2, 0, B, blk);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(blk);
  return 0;
}
