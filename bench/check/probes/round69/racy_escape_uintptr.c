/* TRUTH: racy — p is stored as an integer in gu; the thread converts it back and writes the same heap int as main */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
uintptr_t gu;
void *w(void *a) { *(int *)gu = 1; return 0; }
int main(void) {
  pthread_t t;
  int *p = malloc(sizeof *p);
  *p = 0;
  gu = (uintptr_t)p;
  pthread_create(&t, 0, w, 0);
  *p = 2;
  pthread_join(t, 0);
  printf("%d\n", *p);
  return 0;
}
