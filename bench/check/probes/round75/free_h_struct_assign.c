/* TRUTH: free — join(a.t) waits for A (no struct copy), so A's write of x is before main's; B touches only y, never read */
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
  /* a = b; */
  pthread_join(a.t, 0);
  x = 2;
  printf("%d\n", x);
  return 0;
}
