// free: each thread points its _Thread_local pointer at its own malloc'd cell before using it.
#include <pthread.h>
#include <stdlib.h>
static _Thread_local int *tp;
void *w(void *a) {
  tp = malloc(sizeof *tp);
  if (!tp) return 0;
  *tp = 0;
  (*tp)++;
  free(tp);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0);
  pthread_create(&b, 0, w, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
