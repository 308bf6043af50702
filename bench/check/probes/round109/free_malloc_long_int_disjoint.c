/* TRUTH: free — A writes long p[0] (bytes 0-7), B writes int p[2] (bytes 8-11): disjoint bytes */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>

static void *A(void *a) {
  long *p = a;
  p[0] = 7;
  return 0;
}

static void *B(void *a) {
  int *p = a;
  p[2] = 9;
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
