/* TRUTH: racy — sp = &sa[1]; the thread writes sp->v = sa[1].v; main writes sa[1].v */
#include <pthread.h>
#include <stdio.h>
struct S { int v; int w; } sa[3];
struct S *sp = &sa[1];
static void *t(void *a) { (void)a; sp->v = 1; return 0; }
int main(void) {
  pthread_t h;
  pthread_create(&h, 0, t, 0);
  sa[1].v = 2;
  pthread_join(h, 0);
  printf("%d %d\n", sa[0].v, sa[1].v);
  return 0;
}
