/* TRUTH: racy — p is copied into the global struct gh via a local struct initializer; the thread writes *gh.p while main writes *p */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct H { int *p; } gh;
void *w(void *a) { *gh.p = 1; return 0; }
int main(void) {
  pthread_t t;
  int *p = malloc(sizeof *p);
  *p = 0;
  struct H h = { p };
  gh = h;
  pthread_create(&t, 0, w, 0);
  *p = 2;
  pthread_join(t, 0);
  printf("%d\n", *p);
  return 0;
}
