/* TRUTH: racy — p's value is copied into the global gp by memcpy; the thread writes *gp while main writes *p, the same heap int */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int *gp;
void *w(void *a) { *gp = 1; return 0; }
int main(void) {
  pthread_t t;
  int *p = malloc(sizeof *p);
  *p = 0;
  memcpy(&gp, &p, sizeof p);
  pthread_create(&t, 0, w, 0);
  *p = 2;
  pthread_join(t, 0);
  printf("%d\n", *p);
  return 0;
}
