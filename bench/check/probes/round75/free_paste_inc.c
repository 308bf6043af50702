/* TRUTH: free — CAT(+,) is a single +, so CAT(+,)g is a read; main only reads g too */
#include <pthread.h>
#include <stdio.h>
int g;
#define CAT(a, b) a##b
static void *t(void *a) { (void)a; int x = CAT(+, )g; return (void *)(long)x; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d\n", v);
  return 0;
}
