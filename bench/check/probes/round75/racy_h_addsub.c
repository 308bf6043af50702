/* TRUTH: racy — t1 += t2 - t1 makes t1 hold B's handle; join(t1) waits for B only, so A's write of x races main's */
#include <pthread.h>
#include <stdio.h>
int x, y;
static void *A(void *v) { (void)v; x = 1; return 0; }
static void *B(void *v) { (void)v; y = 1; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, 0);
  pthread_create(&t2, 0, B, 0);
  t1 += t2 - t1;
  pthread_join(t1, 0);
  x = 2;
  printf("%d\n", x);
  return 0;
}
