/* TRUTH: racy — A memcpy's 8 bytes into block start, B reads int p[1] (bytes 4-7) concurrently */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void *A(void *a) {
  long v = 0x1234567812345678L;
  memcpy(a, &v, sizeof v);
  return 0;
}

static void *B(void *a) {
  int *p = a;
  printf("%d\n", p[1]);
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
