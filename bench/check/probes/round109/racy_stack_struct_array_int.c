/* TRUTH: racy — main's stack array s[2] handed as int*: A writes p[1] == s[0].y, B reads s[0].y */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

struct S { int x, y; };

static void *A(void *a) {
  int *p = a;
  p[1] = 11;
  return 0;
}

static void *B(void *a) {
  struct S *s = a;
  printf("%d\n", s[0].y);
  return 0;
}

int main(void) {
  struct S s[2] = {{0, 0}, {0, 0}};
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, s);
  pthread_create(&t2, 0, B, s);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
