/* TRUTH: free — A writes p[1] == s[0].y only; B writes s[0].x and s[1].y (p[0], p[3]) */
#define _GNU_SOURCE
#include <pthread.h>

struct S { int x, y; };

static void *A(void *a) {
  int *p = a;
  p[1] = 11;
  return 0;
}

static void *B(void *a) {
  struct S *s = a;
  s[0].x = 1;
  s[1].y = 2;
  return 0;
}

int main(void) {
  struct S s[2] = {{0, 0}, {0, 0}};
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, s);
  pthread_create(&t2, 0, B, s);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return s[0].y + s[1].y - 13;
}
