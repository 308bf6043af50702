/* TRUTH: racy — block copied to a second void* local c; A writes long c[0] (bytes 0-7), B reads int c[1] (bytes 4-7) */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *A(void *a) {
  *(long *)a = 1;
  return 0;
}

static void *B(void *a) {
  printf("%d\n", ((int *)a)[1]);
  return 0;
}

int main(void) {
  void *blk = calloc(1, 8);
  void *c = blk;
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, c);
  pthread_create(&t2, 0, B, c);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(blk);
  return 0;
}
