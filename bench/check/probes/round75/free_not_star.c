/* TRUTH: free — `not` is the iso646 macro for !, so `not p` tests the pointer, never reads x; main writes x */
#include <pthread.h>
#include <stdio.h>
#include <iso646.h>
int x;
static void *t(void *a) { int *p = a; if (not p) return (void *)1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, &x);
  x = 3;
  pthread_join(h, 0);
  printf("%d\n", x);
  return 0;
}
