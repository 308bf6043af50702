/* TRUTH: racy — realloc'd block: A writes long q[1] (bytes 8-15), B reads int p[3] (bytes 12-15) */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *A(void *a) {
  long *q = a;
  q[1] = 42;
  return 0;
}

static void *B(void *a) {
  int *p = a;
  printf("%d\n", p[3]);
  return 0;
}

int main(void) {
  void *blk = malloc(4);
  blk = realloc(blk, 16);
  if (!blk) return 1;
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, blk);
  pthread_create(&t2, 0, B, blk);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(blk);
  return 0;
}
