/* TRUTH: racy — __builtin_choose_expr(0, nop, bump) selects bump, which writes g concurrently */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
int g;
static void bump(void) { g++; }
static void nop(void) { }
void *w(void *a) {
  __builtin_choose_expr(0, nop, bump)();
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
