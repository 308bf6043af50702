/* TRUTH: racy — p is published through an atomic store; main writes *p after publishing while the thread writes *q (same object) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
int *_Atomic gp;
void *w(void *a) {
  int *q;
  while (!(q = atomic_load(&gp))) ;
  *q = 1;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  int *p = malloc(sizeof *p);
  *p = 0;
  atomic_store(&gp, p);
  *p = 2;
  pthread_join(t, 0);
  printf("%d\n", *p);
  return 0;
}
