/* TRUTH: racy — the inner block's t is another variable: B (inner t) is never joined and writes x while main writes x after joining the outer t (A) */
#include <pthread.h>
#include <stdio.h>
int x, y;
static void *A(void *v) { (void)v; y = 1; return 0; }
static void *B(void *v) { (void)v; x = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, A, 0);
  { pthread_t t; pthread_create(&t, 0, B, 0); }
  pthread_join(t, 0);
  x = 2;
  printf("%d %d\n", x, y);
  return 0;
}
