/* TRUTH: free — OP is first ++ (used only in main after the join), then redefined +: the thread's OP g is a read; main reads g before the join */
#include <pthread.h>
#include <stdio.h>
int g;
#define OP ++
static void late(void) { OP g; }
#undef OP
#define OP +
static void *t(void *a) { (void)a; int x = OP g; return (void *)(long)x; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  late();
  printf("%d %d\n", v, g);
  return 0;
}
