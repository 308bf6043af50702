/* TRUTH: free — struct P{short a,b; int c} as int*: A writes p[1] == s.c; B writes s.a and s.b */
#define _GNU_SOURCE
#include <pthread.h>

struct P { short a, b; int c; };
static struct P s;

static void *A(void *a) {
  int *p = a;
  p[1] = 3;
  return 0;
}

static void *B(void *a) {
  (void)a;
  s.a = 1;
  s.b = 2;
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, &s);
  pthread_create(&t2, 0, B, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return s.c - 3;
}
