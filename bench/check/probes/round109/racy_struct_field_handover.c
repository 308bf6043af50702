/* TRUTH: racy — block stored in box.buf: A writes short[1] (bytes 2-3), B reads int[0] (bytes 0-3) */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct Box { void *buf; int n; };
static struct Box box;

static void *A(void *a) {
  struct Box *b = a;
  ((short *)b->buf)[1] = 1;
  return 0;
}

static void *B(void *a) {
  struct Box *b = a;
  printf("%d\n", *(int *)b->buf);
  return 0;
}

int main(void) {
  box.buf = calloc(1, 16);
  box.n = 16;
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, &box);
  pthread_create(&t2, 0, B, &box);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(box.buf);
  return 0;
}
