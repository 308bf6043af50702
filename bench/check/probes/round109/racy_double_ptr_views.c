/* TRUTH: racy — slot holds a block; A writes (*(int**)slot)[1], B reads **(long**)slot: bytes 4-7 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *slot;

static void *A(void *a) {
  int **ip = a;
  (*ip)[1] = 6;
  return 0;
}

static void *B(void *a) {
  long **lp = a;
  printf("%ld\n", **lp);
  return 0;
}

int main(void) {
  slot = calloc(1, 16);
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, &slot);
  pthread_create(&t2, 0, B, &slot);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(slot);
  return 0;
}
