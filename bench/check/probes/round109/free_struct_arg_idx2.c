/* TRUTH: free — A writes long blk[0] (bytes 0-7), B writes int blk[idx=2] (bytes 8-11) */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>

struct Arg { void *blk; int idx; };

static void *A(void *a) {
  struct Arg *g = a;
  ((long *)g->blk)[0] = 1;
  return 0;
}

static void *B(void *a) {
  struct Arg *g = a;
  ((int *)g->blk)[g->idx] = 2;
  return 0;
}

int main(void) {
  struct Arg ga, gb;
  ga.blk = gb.blk = calloc(1, 16);
  ga.idx = 0;
  gb.idx = 2;
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, &ga);
  pthread_create(&t2, 0, B, &gb);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(ga.blk);
  return 0;
}
