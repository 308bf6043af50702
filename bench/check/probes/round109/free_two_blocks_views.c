/* TRUTH: free — two distinct mallocs: A writes *(long*)b1, B writes *(int*)b2; no shared bytes */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>

static void *A(void *a) {
  *(long *)a = 1;
  return 0;
}

static void *B(void *a) {
  *(int *)a = 2;
  return 0;
}

int main(void) {
  void *b1 = malloc(16), *b2 = malloc(16);
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, b1);
  pthread_create(&t2, 0, B, b2);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  free(b1);
  free(b2);
  return 0;
}
