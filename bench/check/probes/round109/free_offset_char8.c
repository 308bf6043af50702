/* TRUTH: free — A gets blk+8 and writes an int (bytes 8-11); B writes long p[0] (bytes 0-7) */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>

static void *A(void *a) {
  int *q = a;
  *q = 1;
  return 0;
}

static void *B(void *a) {
  long *p = a;
  p[0] = 2;
  return 0;
}

int main(void) {
  char *blk = calloc(1, 16);
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, blk + 8);
  pthread_create(&t2, 0, B, blk);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(blk);
  return 0;
}
