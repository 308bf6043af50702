/* TRUTH: racy — the statement expression stores p into gp; the thread writes *gp while main writes *p */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int *gp;
void *w(void *a) { *gp = 1; return 0; }
int main(void) {
  pthread_t t;
  int *p = malloc(sizeof *p);
  *p = 0;
  int k = ({ gp = p; 3; });
  pthread_create(&t, 0, w, 0);
  *p = k;
  pthread_join(t, 0);
  printf("%d\n", *p);
  return 0;
}
