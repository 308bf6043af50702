/* TRUTH: free — pick(v, w) returns w itself (A's handle), so join(w.t) waits for A before main writes x */
#include <pthread.h>
#include <stdio.h>
int x, y;
struct W { pthread_t t; };
static void *A(void *v) { (void)v; x = 1; return 0; }
static void *B(void *v) { (void)v; y = 1; return 0; }
static struct W pick(struct W a, struct W b) { (void)a; return b; }
int main(void) {
  struct W w, v;
  pthread_create(&w.t, 0, A, 0);
  pthread_create(&v.t, 0, B, 0);
  w = pick(v, w);
  pthread_join(w.t, 0);
  x = 2;
  printf("%d\n", x);
  return 0;
}
