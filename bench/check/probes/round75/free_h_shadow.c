/* TRUTH: free — the outer t holds B and is joined before main writes x; A (inner t, unjoined) touches only y, which main never reads */
#include <pthread.h>
#include <stdio.h>
int x, y;
static void *A(void *v) { (void)v; y = 1; return 0; }
static void *B(void *v) { (void)v; x = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, B, 0);
  { pthread_t t; pthread_create(&t, 0, A, 0); }
  pthread_join(t, 0);
  x = 2;
  printf("%d\n", x);
  return 0;
}
