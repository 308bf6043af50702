/* TRUTH: racy — A writes uint8_t byte 6, B reads uint32_t word 1 (bytes 4-7) concurrently */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static void *A(void *a) {
  uint8_t *b = a;
  b[6] = 0xff;
  return 0;
}

static void *B(void *a) {
  uint32_t *w = a;
  printf("%u\n", (unsigned)w[1]);
  return 0;
}

int main(void) {
  uint32_t *blk = calloc(4, sizeof *blk);
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, blk);
  pthread_create(&t2, 0, B, blk);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(blk);
  return 0;
}
