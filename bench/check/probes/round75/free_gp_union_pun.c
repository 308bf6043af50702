/* TRUTH: free — u.p starts as &x but main stores &y through the union's other member u.l before the create: the thread writes y; main writes x */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
int x, y;
union U { int *p; uintptr_t l; } u = { &x };
static void *t(void *a) { (void)a; *u.p = 1; return 0; }
int main(void) {
  u.l = (uintptr_t)&y;
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  x = 2;
  pthread_join(h, 0);
  printf("%d %d\n", x, y);
  return 0;
}
