/* TRUTH: free — A writes p[2] == o.in.b only; B writes o.h and o.in.a (p[0], p[1]) */
#define _GNU_SOURCE
#include <pthread.h>

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
  q->h = 1;
  q->in.a = 2;
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, &o);
  pthread_create(&t2, 0, B, &o);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return o.in.b - 5;
}
