/* TRUTH: racy — A gets blk+4 and writes an int there (bytes 4-7); B reads long p[0] (bytes 0-7) */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *A(void *a) {
  int *q = a;
  *q = 1;
  return 0;
}

static void *B(void *a) {
  long *p = a;
  printf("%ld\n", p[0]);
  return 0;
}

int main(void) {
  char *blk = calloc(1, 16);
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, blk + 4);
  pthread_create(&t2, 0, B, blk);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(blk);
  return 0;
}
