/* TRUTH: racy — sp = &sa[0]; the thread writes sp[0].v = sa[0].v; main writes sa[0].v */
#include <pthread.h>
#include <stdio.h>
struct S { int v; int w; } sa[3];
struct S *sp = &sa[0];
static void *t(void *a) { (void)a; sp[0].v = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  sa[0].v = 2;
  pthread_join(h, 0);
  printf("%d %d\n", sa[0].v, sa[1].v);
  return 0;
}
