/* TRUTH: racy — union: A writes u.l (bytes 0-7), B reads u.i[1] (bytes 4-7) concurrently */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

union U { long l; int i[2]; };
static union U u;

static void *A(void *a) {
  union U *p = a;
  p->l = 3;
  return 0;
}

static void *B(void *a) {
  union U *p = a;
  printf("%d\n", p->i[1]);
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, &u);
  pthread_create(&t2, 0, B, &u);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
