/* TRUTH: racy — block in global g: A writes *(long*)g, B reads ((int*)g)[0] concurrently */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static void *g;

static void *A(void *a) {
  (void)a;
  *(long *)g = 5;
  return 0;
}

static void *B(void *a) {
  (void)a;
  printf("%d\n", ((int *)g)[0]);
  return 0;
}

int main(void) {
  g = malloc(16);
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, 0);
  pthread_create(&t2, 0, B, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(g);
  return 0;
}
