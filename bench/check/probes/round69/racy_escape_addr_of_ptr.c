/* TRUTH: racy — the address of p goes into the global gpp; the thread writes **gpp (the heap int) while main writes *p */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int **gpp;
void *w(void *a) { **gpp = 1; return 0; }
int main(void) {
  pthread_t t;
  int *p = malloc(sizeof *p);
  *p = 0;
  gpp = &p;
  pthread_create(&t, 0, w, 0);
  *p = 2;
  pthread_join(t, 0);
  printf("%d\n", *p);
  return 0;
}
