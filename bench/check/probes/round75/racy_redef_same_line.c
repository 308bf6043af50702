/* TRUTH: racy — U is redefined (after #undef) from - to --: the thread's U g decrements g while main reads it */
#include <pthread.h>
#include <stdio.h>
int g = 9;
#define U -
static int neg(void) { return U g; }
#undef U
#define U --
static void *t(void *a) { (void)a; U g; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  printf("%d %d\n", v, neg());
  return 0;
}
