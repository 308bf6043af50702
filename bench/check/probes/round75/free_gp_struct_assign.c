/* TRUTH: free — holder.p starts as &x but main replaces the whole struct (holder = other) before the create: the thread writes y; main writes x */
#include <pthread.h>
#include <stdio.h>
int x, y;
struct H { int *p; } holder = { &x }, other = { &y };
static void *t(void *a) { (void)a; *holder.p = 1; return 0; }
int main(void) {
  holder = other;
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  x = 2;
  pthread_join(h, 0);
  printf("%d %d\n", x, y);
  return 0;
}
