/* TRUTH: racy — realloc'd block handed to both: A writes long p[0] (bytes 0-7), B reads int p[0] (bytes 0-3) */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *A(void *a) {
  *(long *)a = 1;
  return 0;
}

static void *B(void *a) {
  printf("%d\n", *(int *)a);
  return 0;
}

int main(void) {
  void *blk = calloc(1, 8);
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
