/* TRUTH: racy — struct Out{h; In{a,b}} as int*: A writes p[2] == o.in.b, B reads o.in.b */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>

struct In { int a, b; };
struct Out { int h; struct In in; };
static struct Out o;

static void *A(void *a) {
  int *p = a;
  p[2] = 5;
  return 0;
}

static void *B(void *a) {
  struct Out *q = a;
  printf("%d\n", q->in.b);
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, &o);
  pthread_create(&t2, 0, B, &o);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
