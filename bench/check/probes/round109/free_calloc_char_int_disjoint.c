/* TRUTH: free — A writes char byte 3, B writes int p[1] (bytes 4-7): disjoint */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>

static void *A(void *a) {
  char *c = a;
  c[3] = 3;
  return 0;
}

static void *B(void *a) {
  int *p = a;
  p[1] = 4;
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
