/* TRUTH: racy — __builtin_choose_expr(0, h, g) is g; the thread writes g concurrently */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
int h;
void *w(void *a) {
  __builtin_choose_expr(0, h, g) = 5;
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
