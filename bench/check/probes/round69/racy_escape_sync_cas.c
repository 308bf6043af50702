/* TRUTH: racy — p is published with __sync_val_compare_and_swap; main writes *p after publishing while the thread writes it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
int *gp;
void *w(void *a) {
  int *q;
  while (!(q = __atomic_load_n(&gp, __ATOMIC_ACQUIRE))) ;
  *q = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  int *p = malloc(sizeof *p);
  *p = 0;
  __sync_val_compare_and_swap(&gp, (int *)0, p);
  *p = 2;
  pthread_join(t, 0);
  printf("%d\n", *p);
  return 0;
}
