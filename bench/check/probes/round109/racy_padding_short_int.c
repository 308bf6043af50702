/* TRUTH: racy — struct P{short a,b; int c} as int*: A writes p[0] (bytes 0-3 = a,b), B reads s.b */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

struct P { short a, b; int c; };
static struct P s;

static void *A(void *a) {
  int *p = a;
  p[0] = 0x10001;
  return 0;
}

static void *B(void *a) {
  (void)a;
  printf("%d\n", s.b);
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, &s);
  pthread_create(&t2, 0, B, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
