/* TRUTH: racy — a = b copies B's handle over A's, so join(a.t) waits for B only; A's write of x races main's write */
#include <pthread.h>
#include <stdio.h>
int x, y;
struct W { pthread_t t; int id; };
static void *A(void *v) { (void)v; x = 1; return 0; }
static void *B(void *v) { (void)v; y = 1; return 0; }
int main(void) {
  struct W a, b;
  pthread_create(&a.t, 0, A, 0);
  pthread_create(&b.t, 0, B, 0);
  a = b;
  pthread_join(a.t, 0);
  x = 2;
  printf("%d %d\n", x, y);
  return 0;
}
