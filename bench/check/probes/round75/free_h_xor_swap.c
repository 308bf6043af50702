/* TRUTH: free — after the xor swap t2 holds A's handle and join(t2) waits for A before main writes x; B touches only y */
#include <pthread.h>
#include <stdio.h>
int x, y;
static void *A(void *v) { (void)v; x = 1; return 0; }
static void *B(void *v) { (void)v; y = 1; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, 0);
  pthread_create(&t2, 0, B, 0);
  t1 ^= t2; t2 ^= t1; t1 ^= t2;
  pthread_join(t2, 0);
  x = 2;
  printf("%d\n", x);
  return 0;
}
