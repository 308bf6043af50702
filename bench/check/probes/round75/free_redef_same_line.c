/* TRUTH: free — U is - at the thread's use (it becomes -- only later, used after the join): the thread reads g; main reads g */
#include <pthread.h>
#include <stdio.h>
int g = 9;
#define U -
static void *t(void *a) { (void)a; int x = U g; return (void *)(long)x; }
#undef U
#define U --
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  int v = g;
  pthread_join(h, 0);
  U g;
  printf("%d %d\n", v, g);
  return 0;
}
