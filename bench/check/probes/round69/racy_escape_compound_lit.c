/* TRUTH: racy — the thread gets a compound literal holding p and writes *p while main writes *p */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct A { int *p; };
void *w(void *a) { struct A *s = a; *s->p = 1; return 0; }
int main(void) {
  pthread_t t;
  int *p = malloc(sizeof *p);
  *p = 0;
  pthread_create(&t, 0, w, &(struct A){ .p = p });
  *p = 2;
  pthread_join(t, 0);
  printf("%d\n", *p);
  return 0;
}
