/* TRUTH: free — A memcpy's 4 bytes into block+8 (bytes 8-11), B writes int p[0] (bytes 0-3) */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static void *A(void *a) {
  int v = 77;
  memcpy((char *)a + 8, &v, sizeof v);
  return 0;
}

static void *B(void *a) {
  int *p = a;
  p[0] = 5;
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
