/* TRUTH: racy — the thread increments g (selected by _Generic) concurrently */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
int h;
void *w(void *a) {
  _Generic(1, int: g, default: h)++;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
