/* TRUTH: racy — A gets (char*)&ip[1] and writes byte 0 of it (byte 4); B reads ip[1] */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *A(void *a) {
  char *c = a;
  c[0] = 1;
  return 0;
}

static void *B(void *a) {
  int *ip = a;
  printf("%d\n", ip[1]);
  return 0;
}

int main(void) {
  int *ip = calloc(4, sizeof *ip);
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, (char *)&ip[1]);
  pthread_create(&t2, 0, B, ip);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(ip);
  return 0;
}
