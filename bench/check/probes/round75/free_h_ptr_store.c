/* TRUTH: free — put(&t2, t1) stores A's handle into t2; t1 still holds A and join(t1) orders A's write of x before main's */
#include <pthread.h>
#include <stdio.h>
int x, y;
static void *A(void *v) { (void)v; x = 1; return 0; }
static void *B(void *v) { (void)v; y = 1; return 0; }
static void put(pthread_t *tp, pthread_t v) { *tp = v; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, A, 0);
  pthread_create(&t2, 0, B, 0);
  put(&t2, t1);
  pthread_join(t1, 0);
  x = 2;
  printf("%d\n", x);
  return 0;
}
