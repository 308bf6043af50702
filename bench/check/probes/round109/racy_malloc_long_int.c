/* TRUTH: racy — A writes the block as long (bytes 0-7), B reads int p[1] (bytes 4-7) with no sync */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *A(void *a) {
  long *p = a;
  p[0] = 0x100000001L;
  return 0;
}

static void *B(void *a) {
  int *p = a;
  printf("%d\n", p[1]);
  return 0;
}

int main(void) {
  void *blk = malloc(16);
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, blk);
  pthread_create(&t2, 0, B, blk);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(blk);
  return 0;
}
