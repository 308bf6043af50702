/* TRUTH: racy — one block aliased as char* c and int* i in main; A writes c[1], B reads i[0] */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *A(void *a) {
  char *c = a;
  c[1] = 1;
  return 0;
}

static void *B(void *a) {
  int *i = a;
  printf("%d\n", i[0]);
  return 0;
}

int main(void) {
  void *blk = calloc(1, 8);
  char *c = blk;
  int *i = blk;
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, c);
  pthread_create(&t2, 0, B, i);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(blk);
  return 0;
}
