/* TRUTH: racy — union in malloc: A writes via long* to &u->l, B reads via int* &u->i[1]: overlap */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

union U { long l; int i[2]; };

static void *A(void *a) {
  long *lp = &((union U *)a)->l;
  *lp = 3;
  return 0;
}

static void *B(void *a) {
  int *ip = &((union U *)a)->i[1];
  printf("%d\n", *ip);
  return 0;
}

int main(void) {
  union U *u = calloc(1, sizeof *u);
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, u);
  pthread_create(&t2, 0, B, u);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(u);
  return 0;
}
