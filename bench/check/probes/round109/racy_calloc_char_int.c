/* TRUTH: racy — A writes char byte 5, B reads int p[1] (bytes 4-7) concurrently */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *A(void *a) {
  char *c = a;
  c[5] = 3;
  return 0;
}

static void *B(void *a) {
  int *p = a;
  printf("%d\n", p[1]);
  return 0;
}

int main(void) {
  void *blk = calloc(4, sizeof(int));
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, blk);
  pthread_create(&t2, 0, B, blk);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(blk);
  return 0;
}
